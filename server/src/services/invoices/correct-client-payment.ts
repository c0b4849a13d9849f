import { AppError } from '../../../../shared/src/contract'
import { paymentDeadline } from '../../domain/invoices/payment-deadline'
import { isOnTime, isTransferLate } from '../../domain/invoices/transfer-status'
import { clientPaymentCorrectedVoid } from '../../domain/violations/system-notes'
import { correctClientPaidOn, getVisibleInvoice } from '../../store/queries/invoices'
import { setSubjectNoticesRead } from '../../store/queries/notices'
import { getPartner } from '../../store/queries/partners'
import { liveOverdueViolationsOf } from '../../store/queries/violations'
import { appendAudit } from '../audit'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { toPartnerFacts } from '../dto/to-partner'
import { tellTransferDue } from '../notices/steps/tell-transfer-due'
import { loadPartnerDto } from '../partners/steps/load-partner-dto'
import { voidViolationInTransaction } from '../partners/steps/void-violation-in-transaction'
import { runWrite } from '../run-write'
import { authorizeIfQualified } from '../statuses/steps/authorize-if-qualified'
import { today } from '../today'
import { ensureOverdueViolation } from './steps/ensure-overdue-violation'
import { loadInvoice } from './steps/load-invoice'

/**
 * Vendor staff correct the client-payment date a partner mistyped (AT-1.6). The partner cannot move
 * it (the date fixes the deadline), so the correction is staff's, with a reason in the audit trail
 * . The deadline and the on-time state are recomputed from the new date on the production
 * calendar; an automatic overdue violation the new deadline no longer supports is voided with the
 * reason, which re-derives the partner's state (AT-4.1) — one that still holds stays. The ledger is
 * untouched: the client payment's postings carry its amount, not its date.
 * @throws invalid_request for a future date; invalid_state for a void invoice, one with no client
 * payment recorded, or the date it already has.
 */
export const correctClientPayment = (deps: Deps, ctx: Ctx, id: string, body: { paidOn: string; reason: string }) =>
  runWrite(deps, ctx, { route: 'correctClientPayment', params: { id }, body }, async (trx) => {
    const invoice = await getVisibleInvoice(trx, id, null, true)
    const now = today(deps, ctx)
    if (body.paidOn > now) {
      throw new AppError('invalid_request', 'The client payment date cannot be in the future', {
        rule: 'AT-1.6',
        details: { fields: [{ path: 'paidOn', message: `On or before ${now}` }] },
      })
    }
    if (invoice.state === 'void') throw new AppError('invalid_state', `Invoice ${invoice.number} is void`, { rule: 'X-3' })
    if (!invoice.client_paid_on) {
      throw new AppError('invalid_state', `No client payment is recorded on invoice ${invoice.number}: there is no date to correct`, { rule: 'AT-1.6' })
    }
    if (invoice.client_paid_on === body.paidOn) {
      throw new AppError('invalid_state', `The client payment is already recorded as ${body.paidOn}`, {
        rule: 'AT-1.6',
        details: { fields: [{ path: 'paidOn', message: `Already ${body.paidOn}` }] },
      })
    }
    const partner = toPartnerFacts(await getPartner(trx, invoice.partner_id))
    const deadline = paymentDeadline({ program: deps.program, calendars: deps.calendars, partner, paidOn: body.paidOn })
    const receivedOn = invoice.transfer_received_on
    const onTime = receivedOn === null ? null : isOnTime({ receivedOn, dueOn: deadline.date })
    await correctClientPaidOn(trx, { id, paidOn: body.paidOn, deadline, onTime })
    await appendAudit(trx, ctx.actor, {
      action: 'invoice.client-payment-corrected',
      entity: 'invoice',
      entityId: id,
      before: {
        clientPaidOn: invoice.client_paid_on,
        transferDueOn: invoice.transfer_due_on,
        transferDueEstimated: invoice.transfer_due_estimated,
        onTime: invoice.on_time,
      },
      after: { clientPaidOn: body.paidOn, transferDueOn: deadline.date, transferDueEstimated: deadline.isEstimated, onTime },
      reason: body.reason,
    })
    const isLate = isTransferLate({ dueOn: deadline.date, receivedOn, today: now })
    const voidedViolations = []
    if (!isLate) {
      // Said with both deadlines, in words the widget renders in the user's language (AT-1.6, AT-4.1).
      const voidReason = clientPaymentCorrectedVoid({
        invoiceNumber: invoice.number,
        paidOnBefore: invoice.client_paid_on,
        paidOn: body.paidOn,
        dueOnBefore: invoice.transfer_due_on ?? invoice.client_paid_on,
        dueOn: deadline.date,
        reason: body.reason,
      })
      for (const { id: violationId } of await liveOverdueViolationsOf(trx, id)) {
        voidedViolations.push(await voidViolationInTransaction(trx, deps, { actor: ctx.actor, now: ctx.now, violationId, ...voidReason }))
      }
    }
    // A settled transfer that the earlier date made late now is late at once, as when it is recorded;
    // an awaited one is left to the overdue pass, which raises it the day after the new deadline.
    if (receivedOn !== null && isLate)
      await ensureOverdueViolation(trx, deps, { actor: ctx.actor, now: ctx.now, invoice: { ...invoice, transfer_due_on: deadline.date } })
    // The notices of the old deadline are done with; an awaited transfer is told its new one.
    await setSubjectNoticesRead(trx, { subject: `invoice:${id}`, at: ctx.now })
    if (receivedOn === null) await tellTransferDue(trx, { invoiceId: id, rule: deps.program.violations.overdueRule, at: ctx.now })
    await authorizeIfQualified(trx, deps, { partnerId: invoice.partner_id, now: ctx.now })
    return {
      invoice: await loadInvoice(trx, deps, ctx, id),
      before: { clientPaidOn: invoice.client_paid_on, transferDueOn: invoice.transfer_due_on },
      voidedViolations,
      partner: await loadPartnerDto(trx, deps, invoice.partner_id),
    }
  })
