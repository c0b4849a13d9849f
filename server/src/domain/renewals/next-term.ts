import { addDays, addMonths } from '../invoices/add-months'

/**
 * The term a renewal buys (AT-1.6 prolongation): it starts the day after the current one ends and
 * runs for the same whole months, counted as every paid term is (31 Jan + 1 month ends 27 Feb).
 */
export const nextTerm = ({ paidThrough, months }: { paidThrough: string; months: number }): { startsOn: string; endsOn: string } => {
  const startsOn = addDays(paidThrough, 1)
  return { startsOn, endsOn: addDays(addMonths(startsOn, months), -1) }
}
