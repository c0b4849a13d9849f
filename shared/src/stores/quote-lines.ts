import type { TProgramProduct, TQuoteRequest } from '../contract'

/** What the user typed, kept as typed so an input never jumps under the cursor. */
export type QuoteDraft = { sku: string; quantity: string; months: string }

const wholeNumber = (value: string) => (/^\d+$/.test(value.trim()) ? Number(value.trim()) : null)

/** The quote request lines for a draft, or null while the draft cannot be priced yet. */
export const quoteLines = (draft: QuoteDraft, products: TProgramProduct[]): TQuoteRequest['lines'] | null => {
  const product = products.find((candidate) => candidate.sku === draft.sku)
  const quantity = wholeNumber(draft.quantity)
  if (!product || !quantity) return null
  if (product.pricing === 'one-time') return [{ sku: product.sku, quantity }]
  const months = wholeNumber(draft.months)
  if (!months) return null
  return [{ sku: product.sku, quantity, months }]
}
