import { AppError } from '../../../../../shared/src/contract'
import { isOnTime } from '../../../domain/invoices/transfer-status'
import { transferPostings } from '../../../domain/ledger/invoice-postings'
import type { Trx } from '../../../store/db'
import { getVisibleInvoice, setTransferReceived } from '../../../store/queries/invoices'
import { appendLedgerTransaction } from '../../../store/queries/ledger'
import { setSubjectNoticesRead } from '../../../store/queries/notices'
import { findOverdueViolation } from '../../../store/queries/violations'
import { appendAudit } from '../../audit'
import type { Ctx } from '../../context'
import { queueTransferClose } from '../../crm-writes/steps/queue-crm-writes'
import type { Deps } from '../../deps'
import { voidViolationInTransaction } from '../../partners/steps/void-violation-in-transaction'
import { authorizeIfQualified } from '../../statuses/steps/authorize-if-qualified'
import { today } from '../../today'
import { ensureOverdueViolation } from './ensure-overdue-violation'
import { netOfCreditNotes } from './net-of-credit-notes'

/**
 * Books the day the partner's transfer for an invoice arrived (AT-1.6), inside the caller's
 * transaction: on or before the deadline an automatic overdue violation raised meanwhile is voided;
 * after it the violation stands (raised now if the scan has not run yet).
 * @throws invalid_state unless the invoice is issued; invalid_request for a future date or one before the invoice.
 */
export const bookTransfer = async (trx: Trx, deps: Deps, ctx: Ctx, { id, receivedOn }: { id: string; receivedOn: string }) => {
  const invoice = await getVisibleInvoice(trx, id, null, true)
  if (invoice.state !== 'issued') throw new AppError('invalid_state', `Invoice ${invoice.number} is ${invoice.state}`, { rule: 'AT-1.6' })
  const now = today(deps, ctx)
  if (receivedOn > now || receivedOn < invoice.issued_on) {
    throw new AppError('invalid_request', `The transfer date must be between the invoice date ${invoice.issued_on} and today ${now}`, {
      rule: 'AT-1.6',
      details: { fields: [{ path: 'receivedOn', message: `${invoice.issued_on} … ${now}` }] },
    })
  }
  const onTime = isOnTime({ receivedOn, dueOn: invoice.transfer_due_on })
  await setTransferReceived(trx, { id, receivedOn, onTime })
  // The transfer is done: its reminders are read for the partner and staff alike, and no more come.
  await setSubjectNoticesRead(trx, { subject: `invoice:${id}`, at: ctx.now })
  // The partner transfers what the invoice's credit notes left of the payable; nothing when they took it all.
  const { payableKop } = netOfCreditNotes(invoice)
  if (payableKop > 0n) {
    await appendLedgerTransaction(trx, {
      kind: 'transfer.received',
      partnerId: invoice.partner_id,
      invoiceId: id,
      postings: transferPostings({ partnerId: invoice.partner_id, payableKop }),
    })
  }
  await appendAudit(trx, ctx.actor, { action: 'invoice.transfer-received', entity: 'invoice', entityId: id, after: { receivedOn, onTime } })
  await queueTransferClose(trx, { invoiceId: id, receivedOn, now: ctx.now })
  const autoViolation = await findOverdueViolation(trx, id, { isLive: true })
  if (onTime && autoViolation) {
    const reason = `Transfer recorded as received on ${receivedOn}, on or before the deadline ${invoice.transfer_due_on}`
    await voidViolationInTransaction(trx, deps, { actor: ctx.actor, now: ctx.now, violationId: autoViolation.id, reason })
  }
  if (onTime === false && !autoViolation) await ensureOverdueViolation(trx, deps, { actor: ctx.actor, now: ctx.now, invoice })
  await authorizeIfQualified(trx, deps, { partnerId: invoice.partner_id, now: ctx.now })
  return invoice
}
