import type { Calendars } from '../calendar/calendar-schema'
import { isWorkingDay } from '../calendar/is-working-day'
import { workingDaysBetween } from '../calendar/working-days-between'

export type TransferReminder = 'transfer.dueSoon' | 'transfer.dueToday' | 'transfer.overdue'

/**
 * Which transfer reminder is due on `today` for a transfer whose deadline is `dueOn` (AT-1.6): on the
 * working days from `leadWorkingDays` before the deadline up to the day before it, "due soon"; on the
 * deadline, "due today"; any day after it, "overdue". Reminders before the deadline are said on
 * working days only (a Saturday reminder of a Monday deadline waits for nobody). A day missed (a
 * relay stopped) is made up on the next working day in the same window; the caller records each
 * reminder once per invoice, and asks only for transfers not yet received.
 * @throws DomainError invalid_request for a bad date.
 */
export const transferReminder = ({
  today,
  dueOn,
  leadWorkingDays,
  calendars,
}: {
  today: string
  dueOn: string
  leadWorkingDays: number
  calendars: Calendars
}): TransferReminder | null => {
  if (today > dueOn) return 'transfer.overdue'
  if (today === dueOn) return 'transfer.dueToday'
  if (!isWorkingDay(today, calendars)) return null
  const left = workingDaysBetween({ from: today, to: dueOn, calendars })
  return left <= leadWorkingDays ? 'transfer.dueSoon' : null
}
