import { describe, expect, test } from 'vitest'
import { buildProgram } from '../testing/fixtures'
import { draftProblems, type QuoteDraft, quoteLines } from './quote-lines'

const program = buildProgram({
  products: [
    { ...buildProgram().products[0], maxQuantity: 1000, maxMonths: 36 },
    {
      sku: 'box',
      name: 'Агат UX',
      category: 'hw',
      pricing: 'one-time',
      priceKop: 100,
      unit: 'шт.',
      vat: null,
      isSample: false,
      maxQuantity: 50,
      maxMonths: null,
    },
  ],
})
const draft = (patch: Partial<QuoteDraft>): QuoteDraft => ({ sku: 'atr-amo', quantity: '1', months: '12', paidOn: '', ...patch })

describe('draftProblems — what the form says is wrong (AT-5.3)', () => {
  test.each([
    { label: 'a negative quantity', patch: { quantity: '-5' }, problems: [{ field: 'quantity', max: 1000 }] },
    { label: 'quantity 0', patch: { quantity: '0' }, problems: [{ field: 'quantity', max: 1000 }] },
    { label: 'a fractional quantity', patch: { quantity: '1.5' }, problems: [{ field: 'quantity', max: 1000 }] },
    { label: 'a quantity above the product limit', patch: { quantity: '100000' }, problems: [{ field: 'quantity', max: 1000 }] },
    { label: 'months above the product limit', patch: { months: '37' }, problems: [{ field: 'months', min: 1, max: 36 }] },
    { label: 'months 0', patch: { months: '0' }, problems: [{ field: 'months', min: 1, max: 36 }] },
    { label: 'a one-time product above its limit', patch: { sku: 'box', quantity: '51', months: '999' }, problems: [{ field: 'quantity', max: 50 }] },
    { label: 'an empty field: still typing', patch: { quantity: '', months: '' }, problems: [] },
    { label: 'the limits themselves', patch: { quantity: '1000', months: '36' }, problems: [] },
  ])('$label', ({ patch, problems }) => {
    expect(draftProblems(draft(patch), program)).toEqual(problems)
  })

  test('out-of-range drafts are not quoted; in-range ones are', () => {
    expect(quoteLines(draft({ quantity: '1001' }), program.products, program.months)).toBeNull()
    expect(quoteLines(draft({ months: '37' }), program.products, program.months)).toBeNull()
    expect(quoteLines(draft({ sku: 'box', quantity: '50' }), program.products, program.months)).toEqual([{ sku: 'box', quantity: 50 }])
  })
})
