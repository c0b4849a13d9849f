import { describe, expect, test } from 'vitest'
import type { PricedLine } from '../invoices/price-lines'
import { splitLine } from '../money/split-line'
import { vatIncluded } from '../money/vat-included'
import { type CreditRequestLine, creditNoteLines } from './credit-note-lines'
import { creditNoteNumber } from './credit-note-number'

/** A line as an invoice records it: priced by the domain's own money functions. */
const line = ({
  quantity,
  months,
  unitPriceKop,
  discountBps = 2000,
  vatBps = null,
}: {
  quantity: number
  months: number | null
  unitPriceKop: bigint
  discountBps?: number
  vatBps?: number | null
}): PricedLine => {
  const listKop = unitPriceKop * BigInt(quantity) * BigInt(months ?? 1)
  const { rewardKop, payableKop } = splitLine({ listKop, discountBps })
  return {
    sku: 'sku',
    name: 'ATRealt для amoCRM',
    category: 'amocrm',
    quantity,
    months,
    unitPriceKop,
    listKop,
    discountBps,
    rewardKop,
    payableKop,
    vatBps,
    vatKop: vatIncluded({ amountKop: payableKop, rateBps: vatBps }),
  }
}

const amo = line({ quantity: 10, months: 12, unitPriceKop: 990_00n })
const box = line({ quantity: 3, months: null, unitPriceKop: 5_000_00n, vatBps: 2200 })
// 1 kopeck a month at 25%: the reward of each remainder rounds half up on its own.
const odd = line({ quantity: 3, months: 1, unitPriceKop: 1n, discountBps: 2500 })

describe('credit note lines (X-2, X-3)', () => {
  test.each([
    {
      label: '3 of 10 sublicenses credited: the difference at the invoice price (X-2)',
      lines: [amo],
      request: [{ line: 0, quantity: 3 }],
      listKop: 990_00n * 3n * 12n,
      becomes: { quantity: 7, months: 12 },
    },
    {
      label: '2 of 12 months credited (X-2)',
      lines: [amo],
      request: [{ line: 0, months: 2 }],
      listKop: 990_00n * 10n * 2n,
      becomes: { quantity: 10, months: 10 },
    },
    {
      label: 'sublicenses and months together: 10×12 becomes 8×10 (X-2)',
      lines: [amo],
      request: [{ line: 0, quantity: 2, months: 2 }],
      listKop: 990_00n * (120n - 80n),
      becomes: { quantity: 8, months: 10 },
    },
    {
      label: 'a whole line credited leaves it at zero (X-2)',
      lines: [amo, box],
      request: [{ line: 1, quantity: 3 }],
      listKop: box.listKop,
      becomes: { quantity: 0, months: null },
    },
    {
      label: '1 of 3 kopecks at 25%: reward 1→1 half up, credit reward 0 (X-2)',
      lines: [odd],
      request: [{ line: 0, quantity: 1 }],
      listKop: 1n,
      becomes: { quantity: 2, months: 1 },
    },
  ])('$label', ({ lines, request, listKop, becomes }) => {
    const note = creditNoteLines({ invoiceLines: lines, earlier: [], request })
    expect(note.totals.listKop).toBe(listKop)
    expect(note.lines[0].becomes).toMatchObject(becomes)
    // X-1 holds on the note: payable + reward = list, per line and in total.
    for (const l of note.lines) expect(l.credit.payableKop + l.credit.rewardKop).toBe(l.credit.listKop)
    expect(note.totals.payableKop + note.totals.rewardKop).toBe(note.totals.listKop)
  })

  test('the reward is the invoice-recorded one minus the remainder rounded once, never a fresh rounding of the part (X-2)', () => {
    const note = creditNoteLines({ invoiceLines: [odd], earlier: [], request: [{ line: 0, quantity: 1 }] })
    // 3 kop at 25% → reward round(0.75) = 1; 2 kop → round(0.5) = 1; credited reward 0, payable 1.
    expect(note.lines[0].credit).toMatchObject({ listKop: 1n, rewardKop: 0n, payableKop: 1n })
  })

  test('a second note starts from what the first left and the notes never take the invoice below zero (X-2)', () => {
    const first = creditNoteLines({ invoiceLines: [odd], earlier: [], request: [{ line: 0, quantity: 1 }] })
    const second = creditNoteLines({ invoiceLines: [odd], earlier: first.lines, request: [{ line: 0, quantity: 2 }] })
    expect(second.lines[0].was).toMatchObject({ quantity: 2 })
    const credited = (key: 'listKop' | 'rewardKop' | 'payableKop') => first.totals[key] + second.totals[key]
    expect([credited('listKop'), credited('rewardKop'), credited('payableKop')]).toEqual([odd.listKop, odd.rewardKop, odd.payableKop])
    expect(() => creditNoteLines({ invoiceLines: [odd], earlier: [...first.lines, ...second.lines], request: [{ line: 0, quantity: 1 }] })).toThrow(
      /Line 1 \(ATRealt для amoCRM\) is already credited in full/,
    )
  })

  test.each<{ label: string; request: CreditRequestLine[]; path: string; message: RegExp }>([
    { label: 'no lines', request: [], path: 'lines', message: /at least one line/ },
    { label: 'an unknown line', request: [{ line: 5, quantity: 1 }], path: 'lines.0.line', message: /no line 6/ },
    { label: 'zero sublicenses', request: [{ line: 0, quantity: 0 }], path: 'lines.0.quantity', message: /at least 1/ },
    { label: 'negative months', request: [{ line: 0, months: -1 }], path: 'lines.0.months', message: /at least 1/ },
    { label: 'fractional sublicenses', request: [{ line: 0, quantity: 1.5 }], path: 'lines.0.quantity', message: /whole number/ },
    { label: 'nothing to credit named', request: [{ line: 0 }], path: 'lines.0', message: /how many/ },
    {
      label: 'more sublicenses than left',
      request: [{ line: 0, quantity: 11 }],
      path: 'lines.0.quantity',
      message: /Line 1 \(ATRealt для amoCRM\): 11 sublicenses asked, only 10 left/,
    },
    { label: 'more months than left', request: [{ line: 0, months: 13 }], path: 'lines.0.months', message: /13 months asked, only 12 left/ },
    { label: 'months on a one-time line', request: [{ line: 1, months: 1 }], path: 'lines.0.months', message: /sold once/ },
    {
      label: 'a line named twice',
      request: [
        { line: 0, quantity: 1 },
        { line: 0, months: 1 },
      ],
      path: 'lines.1.line',
      message: /named twice/,
    },
  ])('refuses $label (X-2)', ({ request, path, message }) => {
    let caught: unknown
    try {
      creditNoteLines({ invoiceLines: [amo, box], earlier: [], request })
    } catch (error) {
      caught = error
    }
    expect(caught).toMatchObject({ code: 'invalid_request', rule: 'X-2', details: { fields: [{ path }] } })
    expect((caught as Error).message).toMatch(message)
  })

  test('numbers credit notes in their own series with a Cyrillic К (X-3)', () => {
    expect(creditNoteNumber(2026, 1)).toBe('К-2026-000001')
    expect(creditNoteNumber(2026, 1).charCodeAt(0)).toBe(0x41a)
  })
})
