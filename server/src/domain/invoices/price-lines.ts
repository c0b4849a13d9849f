import { DomainError } from '../domain-error'
import { splitLine } from '../money/split-line'
import { vatIncluded } from '../money/vat-included'

export type PricedProduct = {
  sku: string
  name: string
  nameEn?: string
  category: string
  pricing: 'monthly' | 'one-time'
  monthlyPriceKop?: bigint
  priceKop?: bigint
  vatBps: number | null
  /** The most units one line may carry (AT-5.3). */
  maxQuantity: number
  /** The longest term of one line; the program's bound when the product sets none (AT-5.3). */
  maxMonths?: number
}
export type LineRequest = { sku: string; quantity: number; months?: number }
export type PricedLine = {
  sku: string
  name: string
  category: string
  quantity: number
  months: number | null
  unitPriceKop: bigint
  listKop: bigint
  discountBps: number
  rewardKop: bigint
  payableKop: bigint
  vatBps: number | null
  vatKop: bigint
}
export type Totals = { listKop: bigint; rewardKop: bigint; payableKop: bigint; vatKop: bigint }

/** Totals as plain sums of the lines' figures, so they add up exactly (X-1). */
export const sumTotals = (lines: Totals[]): Totals =>
  lines.reduce<Totals>(
    (sum, l) => ({
      listKop: sum.listKop + l.listKop,
      rewardKop: sum.rewardKop + l.rewardKop,
      payableKop: sum.payableKop + l.payableKop,
      vatKop: sum.vatKop + l.vatKop,
    }),
    { listKop: 0n, rewardKop: 0n, payableKop: 0n, vatKop: 0n },
  )

type PriceLinesOptions = {
  lines: LineRequest[]
  findProduct: (sku: string) => PricedProduct
  discountFor: (category: string) => number
  months: { min: number; max: number }
}

const monthsFor = (product: PricedProduct, line: LineRequest, bounds: { min: number; max: number }, index: number) => {
  const field = (message: string) =>
    new DomainError('invalid_request', message, { rule: 'AT-5.3', details: { fields: [{ path: `lines.${index}.months`, message }] } })
  if (product.pricing === 'one-time') {
    if (line.months !== undefined) throw field(`${product.sku} is sold once, not by the month: leave months out`)
    return null
  }
  if (line.months === undefined) throw field(`${product.sku} is sold by the month: give whole months`)
  if (line.months < bounds.min) throw field(`The term must be ${bounds.min} to ${bounds.max} whole months`)
  const maxMonths = Math.min(product.maxMonths ?? bounds.max, bounds.max)
  if (line.months > maxMonths) throw limitExceeded(product, index, 'months', maxMonths, line.months)
  return line.months
}

/**
 * A line beyond the product's limit (AT-5.3): the limits are typo guards from the program file, so
 * the refusal names the product, the field and the limit for the form to say in words.
 */
const limitExceeded = (product: PricedProduct, index: number, field: 'quantity' | 'months', limit: number, value: number) =>
  new DomainError('limit_exceeded', `${product.name}: ${field} ${value} is above the program's limit of ${limit} (AT-5.3)`, {
    rule: 'AT-5.3',
    details: { sku: product.sku, product: product.name, field, limit, value, path: `lines.${index}.${field}` },
  })

/**
 * Prices invoice lines from the program's price list only (AT-3.3): list = unit price × sublicenses
 * × months, split into payable and reward at the partner's discount for the product's category
 * (AT-5.1, AT-5.2), whole months within the program's bounds (AT-5.3). Lines and totals add up
 * exactly because each line rounds once and totals are plain sums.
 * @throws unknown_product (AT-0), product_not_available (AG-DISC), invalid_request (AT-5.3),
 *   limit_exceeded beyond the product's maxQuantity or maxMonths (AT-5.3).
 */
export const priceLines = ({ lines, findProduct, discountFor, months }: PriceLinesOptions): { lines: PricedLine[]; totals: Totals } => {
  const priced = lines.map((line, index): PricedLine => {
    const product = findProduct(line.sku)
    if (line.quantity > product.maxQuantity) throw limitExceeded(product, index, 'quantity', product.maxQuantity, line.quantity)
    const term = monthsFor(product, line, months, index)
    const unitPriceKop = (product.pricing === 'monthly' ? product.monthlyPriceKop : product.priceKop) ?? 0n
    const listKop = unitPriceKop * BigInt(line.quantity) * BigInt(term ?? 1)
    const discountBps = discountFor(product.category)
    const { rewardKop, payableKop } = splitLine({ listKop, discountBps })
    return {
      sku: product.sku,
      name: product.name,
      ...(product.nameEn && { nameEn: product.nameEn }),
      category: product.category,
      quantity: line.quantity,
      months: term,
      unitPriceKop,
      listKop,
      discountBps,
      rewardKop,
      payableKop,
      vatBps: product.vatBps,
      vatKop: vatIncluded({ amountKop: payableKop, rateBps: product.vatBps }),
    }
  })
  const totals = sumTotals(priced)
  return { lines: priced, totals }
}
