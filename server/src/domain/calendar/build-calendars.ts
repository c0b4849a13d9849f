import type { Calendars, TCalendarFile, YearCalendar } from './calendar-schema'

/**
 * Indexes validated calendar files by year.
 * @throws Error when a file belongs to another country or two files cover the same year.
 */
export const buildCalendars = (country: string, files: readonly TCalendarFile[]): Calendars => {
  const years = new Map<number, YearCalendar>()
  for (const file of files) {
    if (file.country !== country) throw new Error(`Calendar for ${file.year} is for "${file.country}", not "${country}"`)
    if (years.has(file.year)) throw new Error(`Two calendars for ${country} ${file.year}`)
    years.set(file.year, {
      source: file.source,
      provisional: file.provisional ?? false,
      nonWorkingDays: new Set(file.nonWorkingDays),
      workingWeekendDays: new Set(file.workingWeekendDays),
    })
  }
  return { country, years }
}
