import { toDayNumber } from '../calendar/day-number'
import type { SublicenseTerm } from '../invoices/sublicense-terms'

export type EndingTerm = SublicenseTerm & { paidThrough: string; months: number; daysLeft: number }

/**
 * The client's terms that end within `days` calendar days of `today`, today and the last day
 * included, soonest first (AT-1.6 prolongation). Only the latest term of each product counts: a
 * term already renewed is not ending. Terms already over and one-off lines (no months) are left out.
 */
export const termsEndingWithin = ({ terms, today, days }: { terms: SublicenseTerm[]; today: string; days: number }): EndingTerm[] => {
  const latestBySku = new Map<string, SublicenseTerm>()
  for (const term of terms) {
    const known = latestBySku.get(term.sku)
    if (term.paidThrough && (!known?.paidThrough || term.paidThrough >= known.paidThrough)) latestBySku.set(term.sku, term)
  }
  const start = toDayNumber(today)
  const ending: EndingTerm[] = []
  for (const term of latestBySku.values()) {
    if (!term.paidThrough || term.months === null) continue
    const daysLeft = toDayNumber(term.paidThrough) - start
    if (daysLeft >= 0 && daysLeft <= days) ending.push({ ...term, paidThrough: term.paidThrough, months: term.months, daysLeft })
  }
  return ending.sort((a, b) => a.daysLeft - b.daysLeft || a.sku.localeCompare(b.sku))
}
