import { type HalfYear, halfYear, halfYearOf } from './half-year-of'

/** The half-year before the one `date` falls in: the latest one a review can judge on `date` (AG-3.3b). */
export const lastCompletedHalfYear = (date: string): HalfYear => {
  const year = Number(date.slice(0, 4))
  return halfYearOf(date).id.endsWith('H1') ? halfYear(year - 1, 2) : halfYear(year, 1)
}
