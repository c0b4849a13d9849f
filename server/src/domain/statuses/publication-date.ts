/** Every date with one of the month-days in the given years, in order. */
const candidates = (years: number[], monthDays: string[]) => years.flatMap((year) => monthDays.map((md) => `${year}-${md}`)).sort()

/**
 * The date a half-year review's list is published (AG-3.3b): the first of the program's
 * publication dates after the half-year ends (H1 → 30 July, H2 → 30 January of the next year).
 */
export const publicationDate = ({ periodTo, monthDays }: { periodTo: string; monthDays: string[] }): string => {
  const year = Number(periodTo.slice(0, 4))
  return candidates([year, year + 1], monthDays).find((date) => date > periodTo)!
}

/** The next publication date on or after `today` (AG-3.3b): when the partner's status may next change by review. */
export const nextPublicationDate = ({ today, monthDays }: { today: string; monthDays: string[] }): string => {
  const year = Number(today.slice(0, 4))
  return candidates([year, year + 1], monthDays).find((date) => date >= today)!
}
