import { ART_112_HOLIDAYS } from './art-112-holidays'
import type { Calendars } from './calendar-schema'
import { toDayNumber, weekdayOf } from './day-number'

export type DayClass = { isWorking: boolean; isEstimated: boolean; isProvisional: boolean }

/**
 * Working or not, and whether that came from a decree, from a file not yet holding its decree
 * (provisional), or from the art. 112 fallback for a year with no file at all (estimated).
 */
export const classifyDay = (date: string, calendars: Calendars): DayClass => {
  const weekday = weekdayOf(toDayNumber(date))
  const isWeekend = weekday === 0 || weekday === 6
  const year = calendars.years.get(Number(date.slice(0, 4)))
  if (!year) return { isWorking: !isWeekend && !ART_112_HOLIDAYS.has(date.slice(5)), isEstimated: true, isProvisional: false }
  const isProvisional = year.provisional
  if (year.nonWorkingDays.has(date)) return { isWorking: false, isEstimated: false, isProvisional }
  if (year.workingWeekendDays.has(date)) return { isWorking: true, isEstimated: false, isProvisional }
  return { isWorking: !isWeekend, isEstimated: false, isProvisional }
}
