import { todayIn } from '../domain/calendar/today-in'
import { transferReminder } from '../domain/notices/transfer-reminder'
import { pinDecisionDue } from '../domain/pins/pin-decision-due'
import type { Deps } from '../services/deps'
import { toPin } from '../services/dto/to-pin'
import { addNotice, type NoticeRecipient } from '../services/notices/steps/add-notice'
import { withAdvisoryLock } from '../store/advisory-lock'
import type { LiveEvent } from '../store/live-bus'
import { transfersAwaited } from '../store/queries/notices'
import { requestedPins } from '../store/queries/pins'

// One key per job kind; relays sharing one database take turns, and the notices' unique key makes a pass on each one tell nobody twice.
const NOTICE_REMINDERS_LOCK = 0x5052_0004

/**
 * Makes the reminders due today in the program's time zone: a partner's transfer due soon, due today
 * or overdue (AT-1.6, lead time `transferReminderWorkingDays`), and for vendor staff each overdue
 * transfer and each pin request undecided past `pinDecisionWorkingDays` (AT-1.2a, AT-4.4). Only
 * what is still awaited is asked for (a received transfer, a decided pin never comes back), and each
 * reminder is recorded once per thing and deadline, however often or wherever the pass runs.
 */
export const noticeReminders = async (deps: Deps, now: Date) => {
  const { program, calendars } = deps
  const today = todayIn(program.timeZone, now)
  // The open screens hear of each reminder made, once the pass has committed.
  const made: LiveEvent[] = []
  const heard = (account: string | null) => (told: NoticeRecipient[]) => {
    for (const recipient of told) made.push({ kind: 'notice', account, partnerId: recipient === 'staff' ? null : recipient.partnerId })
  }
  const outcome = await withAdvisoryLock(deps.db, NOTICE_REMINDERS_LOCK, async (trx) => {
    for (const invoice of await transfersAwaited(trx)) {
      const dueOn = invoice.transfer_due_on!
      const kind = transferReminder({ today, dueOn, leadWorkingDays: program.transferReminderWorkingDays, calendars })
      if (!kind) continue
      const event = {
        rule: program.violations.overdueRule,
        partnerId: invoice.partner_id,
        facts: {
          invoiceNumber: invoice.number,
          accountNumber: invoice.account_number ?? undefined,
          clientName: invoice.client_name ?? undefined,
          amountKop: Number(invoice.payable_kop - BigInt(invoice.credited_kop ?? 0)),
          dueOn,
        },
        subject: `invoice:${invoice.id}`,
        at: now,
      }
      const account = invoice.account_number
      heard(account)(await addNotice(trx, [{ partnerId: invoice.partner_id }], { ...event, kind, eventKey: `${kind}:${invoice.id}:${dueOn}` }))
      if (kind === 'transfer.overdue')
        heard(account)(await addNotice(trx, ['staff'], { ...event, kind: 'staff.transferOverdue', eventKey: `staff.transferOverdue:${invoice.id}:${dueOn}` }))
    }
    for (const row of await requestedPins(trx)) {
      const requestedOn = todayIn(program.timeZone, row.requested_at)
      const due = pinDecisionDue({ requestedOn, today, workingDays: program.pinDecisionWorkingDays, calendars })
      if (!due.isOverdue) continue
      const pin = toPin(row)
      const told = await addNotice(trx, ['staff'], {
        kind: 'staff.pinUndecided',
        rule: 'AT-1.2a',
        partnerId: pin.partnerId,
        facts: { accountNumber: pin.accountNumber, clientName: pin.clientName, partnerName: pin.partnerName, dueOn: due.dueOn },
        subject: `pin:${pin.id}`,
        eventKey: `staff.pinUndecided:${pin.id}`,
        at: now,
      })
      heard(pin.accountNumber)(told)
    }
  })
  for (const event of made) deps.live?.publish(event)
  return { ran: outcome.ran }
}
