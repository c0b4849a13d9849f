import { transferDeadline } from '../../domain/calendar/transfer-deadline'
import { clientPaymentPostings } from '../../domain/ledger/invoice-postings'
import { appendLedgerTransaction } from '../../store/queries/ledger'
import { appendAudit } from '../audit'
import type { Ctx } from '../context'
import type { Deps, Trx } from '../deps'

/**
 * Records the day the client paid the partner and sets the transfer deadline on the production
 * calendar (AT-1.6, X-7); books the client's payment in the ledger.
 */
export const bookClientPayment = async (
  trx: Trx,
  deps: Deps,
  ctx: Ctx,
  { invoiceId, partnerId, listKop, paidOn }: { invoiceId: string; partnerId: string; listKop: bigint; paidOn: string },
) => {
  const deadline = transferDeadline({ paidOn, workingDays: deps.program.transfer.workingDays, calendars: deps.calendars })
  await trx
    .updateTable('invoices')
    .set({ client_paid_on: paidOn, transfer_due_on: deadline.date, transfer_due_estimated: deadline.isEstimated })
    .where('id', '=', invoiceId)
    .execute()
  await appendLedgerTransaction(trx, { kind: 'client.paid', partnerId, invoiceId, postings: clientPaymentPostings({ partnerId, listKop }) })
  await appendAudit(trx, ctx.actor, {
    action: 'invoice.client-paid',
    entity: 'invoice',
    entityId: invoiceId,
    after: { clientPaidOn: paidOn, transferDueOn: deadline.date, transferDueEstimated: deadline.isEstimated },
  })
}
