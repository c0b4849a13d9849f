import type { Calendars } from '../calendar/calendar-schema'
import { type TransferReminder, transferReminder } from './transfer-reminder'

export type AwaitedTransfer = { invoiceNumber: string; payableKop: bigint; dueOn: string }
export type UrgentTransfer = AwaitedTransfer & { kind: TransferReminder | 'transfer.due' }

/**
 * The one transfer a client's card names (AT-1.6): of those awaited, the one with the soonest
 * deadline, said as the reminders say it on `today` — overdue, due today, due soon — or simply due
 * before its reminders begin; null when none is awaited.
 */
export const urgentTransfer = ({
  awaited,
  today,
  leadWorkingDays,
  calendars,
}: {
  awaited: AwaitedTransfer[]
  today: string
  leadWorkingDays: number
  calendars: Calendars
}): UrgentTransfer | null => {
  const [soonest] = [...awaited].sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0))
  if (!soonest) return null
  return { ...soonest, kind: transferReminder({ today, dueOn: soonest.dueOn, leadWorkingDays, calendars }) ?? 'transfer.due' }
}
