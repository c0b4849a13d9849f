export type HalfYear = { id: string; from: string; to: string }

/** The half-year of `year`: January–June (1) or July–December (2). */
export const halfYear = (year: number, half: 1 | 2): HalfYear =>
  half === 1 ? { id: `${year}-H1`, from: `${year}-01-01`, to: `${year}-06-30` } : { id: `${year}-H2`, from: `${year}-07-01`, to: `${year}-12-31` }

/** The half-year a date falls in (AG-3.3b). */
export const halfYearOf = (date: string): HalfYear => halfYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) <= 6 ? 1 : 2)
