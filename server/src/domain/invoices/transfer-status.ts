import type { Calendars } from '../calendar/calendar-schema'
import { workingDaysBetween } from '../calendar/working-days-between'

export type TransferFacts = { state: string; transferDueOn: string | null; transferReceivedOn: string | null }

/**
 * Where an invoice's transfer stands today (AT-1.6): working days left to the deadline (0 on the
 * day itself, negative — at least −1 — after it) and whether it is overdue — the deadline has passed and the
 * vendor has not recorded the transfer.
 */
export const transferStatus = ({ invoice, today, calendars }: { invoice: TransferFacts; today: string; calendars: Calendars }) => {
  const isOpen = invoice.state === 'issued' && invoice.transferDueOn !== null && invoice.transferReceivedOn === null
  if (!isOpen || invoice.transferDueOn === null) return { workingDaysLeft: null, isOverdue: false }
  const isOverdue = today > invoice.transferDueOn
  const left = workingDaysBetween({ from: today, to: invoice.transferDueOn, calendars })
  // On a holiday right after the deadline no working day has passed yet, but the invoice is late:
  // never show an overdue transfer as "due today".
  return { workingDaysLeft: isOverdue ? Math.min(left, -1) : left, isOverdue }
}

/** A transfer counts as on time when it arrived on or before the deadline's day (AT-1.6). */
export const isOnTime = ({ receivedOn, dueOn }: { receivedOn: string; dueOn: string | null }): boolean | null => (dueOn === null ? null : receivedOn <= dueOn)

/**
 * Whether the transfer is late against a deadline (AT-1.6 → AT-4.1): a received transfer that came
 * after it, or one still awaited when the deadline has passed. An automatic overdue violation holds
 * exactly while this is true, so a corrected client-payment date decides whether it stands.
 */
export const isTransferLate = ({ dueOn, receivedOn, today }: { dueOn: string; receivedOn: string | null; today: string }): boolean =>
  receivedOn === null ? today > dueOn : receivedOn > dueOn
