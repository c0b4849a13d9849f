import type { NoticeMessages } from './notices-ru'

/** The notices list's words in English; the keys are those of `notices-ru.ts`. */
export const noticesEn: NoticeMessages = {
  'notices.empty': 'No notices',
  'notices.unread': 'Unread: {count}',
  'notices.markRead': 'Mark read',
  'notices.markAll': 'Mark all read',
  'notices.open': 'Open',
  'notices.client': 'Client {client}',
  'notice.transfer.due': 'The client paid: transfer {amount} for invoice No. {invoice} by {date}',
  'notice.transfer.dueSoon': 'Due tomorrow: transfer {amount} for invoice No. {invoice} by {date}',
  'notice.transfer.dueToday': 'Last day today: transfer {amount} for invoice No. {invoice}',
  'notice.transfer.overdue': 'The transfer of {amount} for invoice No. {invoice} is overdue: it was due {date}',
  'notice.pin.approved': 'Client {client} is pinned to you',
  'notice.pin.rejected': 'The pin of client {client} was rejected: {reason}',
  'notice.pin.released': 'The pin of client {client} was released: {reason}',
  'notice.violation.recorded': 'A violation was recorded: {reason}. State: {state}',
  'notice.violation.transferOverdue': 'A violation was recorded: the transfer for invoice No. {invoice} was not received by {date}. State: {state}',
  'notice.partner.stateChanged': "The partner's state changed: {state}",
  'notice.staff.pinRequested': '{partner} asks to pin client {client}',
  'notice.staff.pinUndecided': "{partner}'s request for client {client} has waited for a decision since {date}",
  'notice.staff.transferOverdue': '{partner}: the transfer of {amount} for invoice No. {invoice} is overdue (due {date})',
  'notice.staff.expulsionPending': '{partner} waits for a decision on expulsion',
  'state.active': 'active',
  'state.restricted': 'base discount',
  'state.expulsion_pending': 'waiting for a decision on expulsion',
  'state.expelled': 'expelled',
}
