import { addMonths } from '../invoices/add-months'

/**
 * The new end of a yearly term due on `dueOn` and renewed on `today` (AG-3.2, AG-3.3a): the same
 * date a year later (31 January to 31 January, 31 December to 31 December), more years when a
 * renewal comes that late, so a renewed term is never due again at once.
 */
export const renewedUntil = ({ dueOn, today }: { dueOn: string; today: string }): string => {
  let years = 1
  while (addMonths(dueOn, 12 * years) <= today) years += 1
  return addMonths(dueOn, 12 * years)
}
