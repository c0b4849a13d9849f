import { assertDate } from './assert-date'
import type { Calendars } from './calendar-schema'
import { classifyDay } from './classify-day'

/**
 * Whether `date` is a working day on the production calendar. For a year without a
 * calendar file it answers from weekends and the art. 112 holidays; use `addWorkingDays` when
 * the caller must know the answer was estimated.
 * @throws DomainError invalid_request when `date` is not an existing date.
 */
export const isWorkingDay = (date: string, calendars: Calendars): boolean => {
  assertDate(date, 'date')
  return classifyDay(date, calendars).isWorking
}
