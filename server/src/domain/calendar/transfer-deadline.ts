import { addWorkingDays, type WorkingDayResult } from './add-working-days'
import type { Calendars } from './calendar-schema'

export type TransferDeadlineOptions = { paidOn: string; workingDays: number; calendars: Calendars }

/**
 * Last day the partner may transfer the client's payment to the vendor (AT-1.6): the day of
 * payment is not counted, the deadline is the `workingDays`-th working day after it, whatever
 * day of the week or holiday the client paid on.
 * @throws DomainError invalid_request for a bad date or working-day count.
 */
export const transferDeadline = ({ paidOn, workingDays, calendars }: TransferDeadlineOptions): WorkingDayResult =>
  addWorkingDays({ from: paidOn, days: workingDays, calendars })
