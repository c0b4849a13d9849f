import { DomainError } from '../domain-error'
import { assertDate } from './assert-date'
import type { Calendars } from './calendar-schema'
import { classifyDay } from './classify-day'
import { fromDayNumber, toDayNumber } from './day-number'

export type AddWorkingDaysOptions = { from: string; days: number; calendars: Calendars }
export type WorkingDayResult = { date: string; isEstimated: boolean; isProvisional: boolean }

/**
 * The `days`-th working day after `from`; `from` itself is never counted.
 * `isEstimated` is true when any day walked lies in a year without a calendar file,
 * `isProvisional` when one lies in a year whose file does not hold its decree yet.
 * @throws DomainError invalid_request for a bad date or a negative or fractional `days`.
 */
export const addWorkingDays = ({ from, days, calendars }: AddWorkingDaysOptions): WorkingDayResult => {
  assertDate(from, 'from')
  if (!Number.isInteger(days) || days < 0) {
    throw new DomainError('invalid_request', `days must be a whole number of working days ≥ 0, got ${days}`)
  }
  let dayNumber = toDayNumber(from)
  let left = days
  let isEstimated = false
  let isProvisional = false
  while (left > 0) {
    dayNumber += 1
    const day = classifyDay(fromDayNumber(dayNumber), calendars)
    isEstimated ||= day.isEstimated
    isProvisional ||= day.isProvisional
    if (day.isWorking) left -= 1
  }
  return { date: fromDayNumber(dayNumber), isEstimated, isProvisional }
}
