import { pinNoteText, pinRequestTaskText, transferTaskText, violationNoteText } from '../../../domain/crm-writes/crm-write-texts'
import type { Trx } from '../../../store/db'
import { crmTasksFor, installationsWriting, queueCrmWrite } from '../../../store/queries/crm-writes'
import { getVisibleInvoice } from '../../../store/queries/invoices'
import type { Deps } from '../../deps'
import { netOfCreditNotes } from '../../invoices/steps/net-of-credit-notes'

/** The outbox events (issue 12): each is one task or note per installation that asked for it. */
export const CRM_EVENTS = {
  transferTask: 'transfer-task',
  transferClose: 'transfer-close',
  pinNote: 'pin',
  violationNote: 'violation',
  pinRequestTask: 'pin-request',
} as const

/**
 * A client payment recorded (AT-1.6): a task «Перевести … по счёту № …» due on the transfer
 * deadline, on the client's card in each of the partner's CRMs that asked for transfer tasks.
 * Queued in the payment's transaction; the CRM call happens later, outside it.
 */
export const queueTransferTask = async (trx: Trx, deps: Deps, { invoiceId, dueOn, now }: { invoiceId: string; dueOn: string; now: Date }) => {
  const invoice = await getVisibleInvoice(trx, invoiceId, null)
  const targets = await installationsWriting(trx, { flag: 'transfer_tasks', partnerId: invoice.partner_id })
  if (targets.length === 0) return
  const text = transferTaskText({ vendorName: deps.program.vendor.name, payableKop: netOfCreditNotes(invoice).payableKop, invoiceNumber: invoice.number })
  for (const target of targets) {
    await queueCrmWrite(trx, {
      installationId: target.id,
      event: CRM_EVENTS.transferTask,
      subjectId: invoiceId,
      kind: 'task',
      accountNumber: invoice.account_number,
      text,
      dueOn,
      at: now,
    })
  }
}

/**
 * The transfer recorded (AT-1.6): every transfer task queued for the invoice is closed, whatever
 * the installation's settings are now — a task the relay opened is one it closes.
 */
export const queueTransferClose = async (trx: Trx, { invoiceId, receivedOn, now }: { invoiceId: string; receivedOn: string; now: Date }) => {
  const tasks = await crmTasksFor(trx, { event: CRM_EVENTS.transferTask, subjectId: invoiceId })
  for (const task of tasks) {
    if (task.state === 'skipped' || task.state === 'failed') continue
    await queueCrmWrite(trx, {
      installationId: task.installation_id,
      event: CRM_EVENTS.transferClose,
      subjectId: invoiceId,
      kind: 'close-task',
      accountNumber: task.account_number,
      text: receivedOn,
      taskKey: task.key,
      at: now,
    })
  }
}

type DecidedPin = { id: string; accountNumber: string; partnerId: string; partnerName: string; reason: string | null }

/** A pin approved, rejected or released: a note on the client's card in the partner's CRMs (AT-4.4, AT-1.2a, AT-4.5). */
export const queuePinNote = async (
  trx: Trx,
  { pin, decision, validUntil, now }: { pin: DecidedPin; decision: 'approve' | 'reject' | 'release'; validUntil: string | null; now: Date },
) => {
  const targets = await installationsWriting(trx, { flag: 'pin_notes', partnerId: pin.partnerId })
  const text = pinNoteText({ decision, accountNumber: pin.accountNumber, partnerName: pin.partnerName, reason: pin.reason, validUntil })
  for (const target of targets) {
    await queueCrmWrite(trx, {
      installationId: target.id,
      event: `${CRM_EVENTS.pinNote}-${decision}`,
      subjectId: pin.id,
      kind: 'note',
      accountNumber: pin.accountNumber,
      text,
      at: now,
    })
  }
}

type RecordedViolation = { id: string; partnerId: string; rule: string; occurredOn: string; note: string; invoiceId: string | null }

/**
 * A violation recorded against a partner (AT-4.1): a note on the card of the invoice's client. A
 * violation about no invoice concerns no client card, so it is not written to any.
 */
export const queueViolationNote = async (trx: Trx, { violation, now }: { violation: RecordedViolation; now: Date }) => {
  if (!violation.invoiceId) return
  const targets = await installationsWriting(trx, { flag: 'violation_notes', partnerId: violation.partnerId })
  if (targets.length === 0) return
  const invoice = await getVisibleInvoice(trx, violation.invoiceId, null)
  if (!invoice.account_number) return
  const text = violationNoteText({ rule: violation.rule, occurredOn: violation.occurredOn, invoiceNumber: invoice.number, note: violation.note })
  for (const target of targets) {
    await queueCrmWrite(trx, {
      installationId: target.id,
      event: CRM_EVENTS.violationNote,
      subjectId: violation.id,
      kind: 'note',
      accountNumber: invoice.account_number,
      text,
      at: now,
    })
  }
}

/** A new pin request (AT-1.2): a task for the responsible user in each vendor staff CRM that asked, due when the decision is. */
export const queuePinRequestTask = async (
  trx: Trx,
  { pin, dueOn, now }: { pin: { id: string; accountNumber: string; partnerName: string }; dueOn: string; now: Date },
) => {
  const targets = await installationsWriting(trx, { flag: 'pin_request_tasks', partnerId: null })
  const text = pinRequestTaskText({ accountNumber: pin.accountNumber, partnerName: pin.partnerName })
  for (const target of targets) {
    await queueCrmWrite(trx, {
      installationId: target.id,
      event: CRM_EVENTS.pinRequestTask,
      subjectId: pin.id,
      kind: 'task',
      accountNumber: pin.accountNumber,
      text,
      dueOn,
      at: now,
    })
  }
}
