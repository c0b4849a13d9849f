import { assertDate } from './assert-date'
import type { Calendars } from './calendar-schema'
import { toDayNumber } from './day-number'
import { countWorkingDays } from './working-day-counts'

export type WorkingDaysBetweenOptions = { from: string; to: string; calendars: Calendars }

/**
 * Working days strictly after `from` up to and including `to` — "working days left" when
 * `from` is today and `to` a deadline: 0 on the deadline itself, negative once it has passed.
 * @throws DomainError invalid_request for a bad date.
 */
export const workingDaysBetween = ({ from, to, calendars }: WorkingDaysBetweenOptions): number => {
  assertDate(from, 'from')
  assertDate(to, 'to')
  const start = toDayNumber(from)
  const end = toDayNumber(to)
  const [low, high] = start <= end ? [start, end] : [end, start]
  const count = countWorkingDays(low, high, calendars)
  return start <= end || count === 0 ? count : -count
}
