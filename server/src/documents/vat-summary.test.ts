import { describe, expect, test } from 'vitest'
import type { InvoiceDocumentLine } from './invoice-document'
import { vatSummary } from './vat-summary'

const line = (payableKop: bigint, vatBps: number | null): InvoiceDocumentLine => ({
  name: 'Лицензия',
  quantity: 1,
  months: 1,
  unit: 'шт.',
  unitPriceKop: payableKop,
  listKop: payableKop,
  discountBps: 0,
  payableKop,
  vatBps,
})

describe('vatSummary (X-1)', () => {
  test.each([
    {
      label: 'no line with VAT prints "Без НДС"',
      lines: [line(100_000n, null), line(50_000n, null)],
      vatKop: 0n,
      summary: [{ label: 'Без НДС', vatKop: null }],
    },
    {
      label: 'a single rate prints the invoice VAT as given',
      lines: [line(122_000n, 2200), line(61_000n, 2200)],
      vatKop: 33_000n,
      summary: [{ label: 'В т.ч. НДС 22%', vatKop: 33_000n }],
    },
    {
      label: 'exempt lines beside taxed ones do not add a "Без НДС" line',
      lines: [line(122_000n, 2200), line(50_000n, null)],
      vatKop: 22_000n,
      summary: [{ label: 'В т.ч. НДС 22%', vatKop: 22_000n }],
    },
    {
      label: 'several rates are listed highest first, each from its own lines',
      lines: [line(11_000n, 1000), line(122_000n, 2200)],
      vatKop: 23_000n,
      summary: [
        { label: 'В т.ч. НДС 22%', vatKop: 22_000n },
        { label: 'В т.ч. НДС 10%', vatKop: 1_000n },
      ],
    },
    {
      label: 'the largest share absorbs a kopeck of rounding so shares add up to the total',
      lines: [line(12_345n, 2200), line(101n, 1000)],
      vatKop: 2_236n,
      summary: [
        { label: 'В т.ч. НДС 22%', vatKop: 2_227n },
        { label: 'В т.ч. НДС 10%', vatKop: 9n },
      ],
    },
  ])('$label', ({ lines, vatKop, summary }) => {
    expect(vatSummary(lines, vatKop)).toEqual(summary)
  })
})
