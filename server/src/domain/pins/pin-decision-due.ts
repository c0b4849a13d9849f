import { addWorkingDays } from '../calendar/add-working-days'
import type { Calendars } from '../calendar/calendar-schema'

export type PinDecisionDue = { dueOn: string; isOverdue: boolean }

/**
 * When vendor staff owe a decision on a pin request (AT-1.2a, AT-4.4): by the program's
 * `pinDecisionWorkingDays`-th working day after the day it was requested (that day not counted, X-7);
 * overdue from the next day on, so a request nobody decides does not hold the account unseen.
 * @throws DomainError invalid_request for a bad date.
 */
export const pinDecisionDue = ({
  requestedOn,
  today,
  workingDays,
  calendars,
}: {
  requestedOn: string
  today: string
  workingDays: number
  calendars: Calendars
}): PinDecisionDue => {
  const { date } = addWorkingDays({ from: requestedOn, days: workingDays, calendars })
  return { dueOn: date, isOverdue: today > date }
}
