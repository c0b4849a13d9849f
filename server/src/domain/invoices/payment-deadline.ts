import type { WorkingDayResult } from '../calendar/add-working-days'
import type { Calendars } from '../calendar/calendar-schema'
import { transferDeadline } from '../calendar/transfer-deadline'
import { effectiveStatus, type PartnerFacts } from '../partners/partner-terms'
import type { Program } from '../program/program-schema'
import { transferWorkingDays } from '../statuses/transfer-working-days'

export type PaymentDeadlineOptions = { program: Program; calendars: Calendars; partner: PartnerFacts; paidOn: string }

/**
 * The last day the partner may transfer a client's payment made on `paidOn` (AT-1.6, X-7): the
 * program's working days on the production calendar, longer by the program's credit days while
 * the partner's effective status has a credit line (AG-PRIV; a downgrade takes it away, AG-1.5).
 * @throws DomainError invalid_request for a bad date.
 */
export const paymentDeadline = ({ program, calendars, partner, paidOn }: PaymentDeadlineOptions): WorkingDayResult =>
  transferDeadline({ paidOn, workingDays: transferWorkingDays(program, effectiveStatus(program, partner)), calendars })
