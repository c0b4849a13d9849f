import { AppError } from '../../../../shared/src/contract'
import { isOnTime } from '../../domain/invoices/transfer-status'
import { transferPostings } from '../../domain/ledger/invoice-postings'
import { getVisibleInvoice, setTransferReceived } from '../../store/queries/invoices'
import { appendLedgerTransaction } from '../../store/queries/ledger'
import { findOverdueViolation } from '../../store/queries/violations'
import { appendAudit } from '../audit'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { voidViolationInTransaction } from '../partners/steps/void-violation-in-transaction'
import { runWrite } from '../run-write'
import { authorizeIfQualified } from '../statuses/steps/authorize-if-qualified'
import { today } from '../today'
import { ensureOverdueViolation } from './steps/ensure-overdue-violation'
import { loadInvoice } from './steps/load-invoice'
import { netOfCreditNotes } from './steps/net-of-credit-notes'

/**
 * Vendor staff record the day the partner's transfer arrived (AT-1.6). On or before the deadline,
 * an automatic overdue violation raised in the meantime is voided and the partner's state
 * re-derived; after it, the violation stands (and is raised now if the scan has not yet run).
 * @throws invalid_state unless the invoice is issued; invalid_request for a future date or one before the invoice.
 */
export const recordTransfer = (deps: Deps, ctx: Ctx, id: string, body: { receivedOn: string }) =>
  runWrite(deps, ctx, { route: 'recordTransfer', params: { id }, body }, async (trx) => {
    const invoice = await getVisibleInvoice(trx, id, null, true)
    if (invoice.state !== 'issued') throw new AppError('invalid_state', `Invoice ${invoice.number} is ${invoice.state}`, { rule: 'AT-1.6' })
    const now = today(deps, ctx)
    if (body.receivedOn > now || body.receivedOn < invoice.issued_on) {
      throw new AppError('invalid_request', `The transfer date must be between the invoice date ${invoice.issued_on} and today ${now}`, {
        rule: 'AT-1.6',
        details: { fields: [{ path: 'receivedOn', message: `${invoice.issued_on} … ${now}` }] },
      })
    }
    const onTime = isOnTime({ receivedOn: body.receivedOn, dueOn: invoice.transfer_due_on })
    await setTransferReceived(trx, { id, receivedOn: body.receivedOn, onTime })
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
    await appendAudit(trx, ctx.actor, { action: 'invoice.transfer-received', entity: 'invoice', entityId: id, after: { receivedOn: body.receivedOn, onTime } })
    const autoViolation = await findOverdueViolation(trx, id, { isLive: true })
    if (onTime && autoViolation) {
      const reason = `Transfer recorded as received on ${body.receivedOn}, on or before the deadline ${invoice.transfer_due_on}`
      await voidViolationInTransaction(trx, deps, { actor: ctx.actor, now: ctx.now, violationId: autoViolation.id, reason })
    }
    if (onTime === false && !autoViolation) await ensureOverdueViolation(trx, deps, { actor: ctx.actor, now: ctx.now, invoice })
    await authorizeIfQualified(trx, deps, { partnerId: invoice.partner_id, now: ctx.now })
    return { invoice: await loadInvoice(trx, deps, ctx, id) }
  })
