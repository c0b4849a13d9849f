import { describe, expect, test } from 'vitest'
import { AppError } from '../../../shared/src/contract/errors'
import { buildInvoiceDocument, buildInvoiceLine } from './build-invoice-document'
import { checkInvoiceFigures } from './check-invoice-figures'
import type { InvoiceDocument } from './invoice-document'

const sample = buildInvoiceDocument()
const [first, ...rest] = sample.lines
const withTotals = (totals: Partial<InvoiceDocument['totals']>) => ({ ...sample, totals: { ...sample.totals, ...totals } })

describe('checkInvoiceFigures (X-1)', () => {
  test('accepts an invoice whose figures add up', () => {
    expect(() => checkInvoiceFigures(sample)).not.toThrow()
  })

  test.each([
    { label: 'refuses a list total that is not the sum of the lines (X-1)', invoice: withTotals({ listKop: sample.totals.listKop + 1n }), rule: 'X-1' },
    {
      label: 'refuses payable + reward that is not the list total (X-1)',
      invoice: withTotals({ rewardKop: sample.totals.rewardKop + 1n }),
      rule: 'X-1',
    },
    {
      label: 'refuses a payable total that is not the sum of the lines (X-1)',
      invoice: withTotals({ payableKop: sample.totals.payableKop - 1n, rewardKop: sample.totals.rewardKop + 1n }),
      rule: 'X-1',
    },
    {
      label: 'refuses a line whose list amount is not price × quantity × months (AT-3.3)',
      invoice: { ...sample, lines: [{ ...first, unitPriceKop: first.unitPriceKop + 1n }, ...rest] },
      rule: 'AT-3.3',
    },
    {
      label: 'refuses a fractional term (AT-5.3)',
      invoice: { ...sample, lines: [{ ...first, months: 1.5 }, ...rest] },
      rule: 'AT-5.3',
    },
    {
      label: 'refuses a line that pays more than its list price (X-1)',
      invoice: buildInvoiceDocument({ lines: [{ ...buildInvoiceLine({ name: 'x', quantity: 1, months: 1, unitPriceKop: 100n }), payableKop: 101n }] }),
      rule: 'X-1',
    },
  ])('$label', ({ invoice, rule }) => {
    expect(() => checkInvoiceFigures(invoice)).toThrow(expect.objectContaining({ code: 'internal', rule }))
    expect(() => checkInvoiceFigures(invoice)).toThrow(AppError)
  })
})
