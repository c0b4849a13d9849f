import { describe, expect, test } from 'vitest'
import { DomainError } from '../domain-error'
import { type PricedProduct, priceLines } from './price-lines'

const PRODUCTS: Record<string, PricedProduct> = {
  app: { sku: 'app', name: 'ATRealt для amoCRM', category: 'apps', pricing: 'monthly', monthlyPriceKop: 99_000n, vatBps: null, maxQuantity: 1000 },
  box: { sku: 'box', name: 'Агат UX', category: 'hw', pricing: 'one-time', priceKop: 15_000_000n, vatBps: 2200, maxQuantity: 50 },
  odd: { sku: 'odd', name: 'Odd', category: 'apps', pricing: 'monthly', monthlyPriceKop: 3n, vatBps: null, maxQuantity: 1000 },
  short: { sku: 'short', name: 'Short', category: 'apps', pricing: 'monthly', monthlyPriceKop: 100n, vatBps: null, maxQuantity: 10, maxMonths: 12 },
}
const findProduct = (sku: string) => {
  const product = PRODUCTS[sku]
  if (!product) throw new DomainError('unknown_product', 'unknown', { rule: 'AT-0' })
  return product
}
const price = (lines: { sku: string; quantity: number; months?: number }[], bps = 2000) =>
  priceLines({ lines, findProduct, discountFor: () => bps, months: { min: 1, max: 36 } })

describe('priceLines (AT-3.3, AT-5.2, AT-5.3, X-1)', () => {
  test.each([
    { label: 'list = price × sublicenses × months (AT-3.3)', lines: [{ sku: 'app', quantity: 3, months: 12 }], listKop: 3_564_000n, rewardKop: 712_800n },
    { label: 'one-time product ignores months', lines: [{ sku: 'box', quantity: 2 }], listKop: 30_000_000n, rewardKop: 6_000_000n },
    { label: 'a kopeck-level line rounds the reward half up once', lines: [{ sku: 'odd', quantity: 1, months: 5 }], listKop: 15n, rewardKop: 3n },
  ])('$label', ({ lines, listKop, rewardKop }) => {
    const { totals } = price(lines)
    expect(totals.listKop).toBe(listKop)
    expect(totals.rewardKop).toBe(rewardKop)
    expect(totals.payableKop + totals.rewardKop).toBe(totals.listKop)
  })

  test('totals are the sums of the lines, each rounded once (X-1)', () => {
    const { lines, totals } = price(
      [
        { sku: 'odd', quantity: 1, months: 1 },
        { sku: 'odd', quantity: 1, months: 1 },
      ],
      2500,
    )
    expect(lines.map((l) => l.rewardKop)).toEqual([1n, 1n])
    expect(totals.rewardKop).toBe(2n)
  })

  test('VAT is the part of the payable amount at the product rate, rounded half up', () => {
    const { lines } = price([{ sku: 'box', quantity: 1 }])
    expect(lines[0].payableKop).toBe(12_000_000n)
    expect(lines[0].vatKop).toBe(2_163_934n)
  })

  test.each([
    { label: 'months below 1 (AT-5.3)', line: { sku: 'app', quantity: 1, months: 0 }, code: 'invalid_request' },
    { label: 'a monthly product without months (AT-5.3)', line: { sku: 'app', quantity: 1 }, code: 'invalid_request' },
    { label: 'months on a one-time product', line: { sku: 'box', quantity: 1, months: 2 }, code: 'invalid_request' },
    { label: 'a product outside the price list (AT-0)', line: { sku: 'other', quantity: 1, months: 1 }, code: 'unknown_product' },
  ])('refuses $label', ({ line, code }) => {
    expect(() => price([line])).toThrow(expect.objectContaining({ code }))
  })

  test.each([
    { label: 'months above the program maximum (AT-5.3)', line: { sku: 'app', quantity: 1, months: 37 }, field: 'months', limit: 36 },
    { label: "months above the product's own maximum (AT-5.3)", line: { sku: 'short', quantity: 1, months: 13 }, field: 'months', limit: 12 },
    { label: "sublicenses above the product's maximum (AT-5.3)", line: { sku: 'app', quantity: 1001, months: 1 }, field: 'quantity', limit: 1000 },
    { label: 'units of a one-time product above its maximum (AT-5.3)', line: { sku: 'box', quantity: 51 }, field: 'quantity', limit: 50 },
  ])('refuses $label with limit_exceeded naming product, field and limit', ({ line, field, limit }) => {
    expect(() => price([{ sku: 'odd', quantity: 1, months: 1 }, line])).toThrow(
      expect.objectContaining({
        code: 'limit_exceeded',
        rule: 'AT-5.3',
        details: expect.objectContaining({ sku: line.sku, field, limit, value: line[field as 'quantity'], path: `lines.1.${field}` }),
      }),
    )
  })

  test('the limits themselves are accepted (AT-5.3)', () => {
    expect(price([{ sku: 'short', quantity: 10, months: 12 }]).lines[0].listKop).toBe(12_000n)
  })
})
