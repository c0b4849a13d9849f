import { transferDeadline } from '../../domain/calendar/transfer-deadline'
import { transferWorkingDays } from '../../domain/statuses/transfer-working-days'
import { getPartner } from '../../store/queries/partners'
import { effectiveStatusOf } from '../partners/effective-status-of'
import { clientPaymentPostings } from '../../domain/ledger/invoice-postings'
import { appendLedgerTransaction } from '../../store/queries/ledger'
import { appendAudit } from '../audit'
import type { Ctx } from '../context'
import type { Deps, Trx } from '../deps'

/**
 * Records the day the client paid the partner and sets the transfer deadline on the production
 * calendar (AT-1.6, X-7), longer by the program's credit days for a status with a credit line
 * (AG-PRIV); books the client's payment in the ledger.
 */
export const bookClientPayment = async (
  trx: Trx,
  deps: Deps,
  ctx: Ctx,
  { invoiceId, partnerId, listKop, paidOn }: { invoiceId: string; partnerId: string; listKop: bigint; paidOn: string },
) => {
  const partner = await getPartner(trx, partnerId)
  const workingDays = transferWorkingDays(deps.program, effectiveStatusOf(deps.program, partner))
  const deadline = transferDeadline({ paidOn, workingDays, calendars: deps.calendars })
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
