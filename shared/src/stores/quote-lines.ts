import type { TInvoiceWarning, TProgramProduct, TProgramResponse, TQuoteRequest } from '../contract'

/** What the user typed, kept as typed so an input never jumps under the cursor; `paidOn` '' = not paid yet. */
export type QuoteDraft = { sku: string; quantity: string; months: string; paidOn: string }

/** A field the relay would refuse, with the range it takes (AT-5.3): the form says it in words. */
export type DraftProblem = { field: 'quantity'; max: number } | { field: 'months'; min: number; max: number }

const wholeNumber = (value: string) => (/^\d+$/.test(value.trim()) ? Number(value.trim()) : null)

const inRange = (value: number | null, min: number, max: number): value is number => value !== null && value >= min && value <= max

/**
 * What is wrong with a draft's quantity and months for its product: −5, 0, 1.5 or more than the
 * product's limit. An empty field is not yet wrong: the user is still typing.
 */
export const draftProblems = (draft: QuoteDraft, program: Pick<TProgramResponse, 'products' | 'months'> | null): DraftProblem[] => {
  const product = program?.products.find((candidate) => candidate.sku === draft.sku)
  if (!program || !product) return []
  const problems: DraftProblem[] = []
  if (draft.quantity.trim() !== '' && !inRange(wholeNumber(draft.quantity), 1, product.maxQuantity)) {
    problems.push({ field: 'quantity', max: product.maxQuantity })
  }
  const maxMonths = product.maxMonths ?? program.months.max
  if (product.pricing === 'monthly' && draft.months.trim() !== '' && !inRange(wholeNumber(draft.months), program.months.min, maxMonths)) {
    problems.push({ field: 'months', min: program.months.min, max: maxMonths })
  }
  return problems
}

/** The quote request lines for a draft, or null while the draft cannot be priced yet. */
export const quoteLines = (draft: QuoteDraft, products: TProgramProduct[], months = { min: 1, max: 1200 }): TQuoteRequest['lines'] | null => {
  const product = products.find((candidate) => candidate.sku === draft.sku)
  const quantity = wholeNumber(draft.quantity)
  if (!product || !inRange(quantity, 1, product.maxQuantity)) return null
  if (product.pricing === 'one-time') return [{ sku: product.sku, quantity }]
  const term = wholeNumber(draft.months)
  if (!inRange(term, months.min, product.maxMonths ?? months.max)) return null
  return [{ sku: product.sku, quantity, months: term }]
}

/** The warnings a refusal with confirmation_required carries (AT-1.6, AT-5.1, X-6). */
export const warningsOf = (details: unknown): TInvoiceWarning[] => {
  const warnings = (details as { warnings?: unknown } | null | undefined)?.warnings
  return Array.isArray(warnings) ? (warnings as TInvoiceWarning[]) : []
}
