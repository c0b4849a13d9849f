import { paymentDeadline } from '../../../domain/invoices/payment-deadline'
import { clientPaymentPostings } from '../../../domain/ledger/invoice-postings'
import type { Trx } from '../../../store/db'
import { setClientPaidOn } from '../../../store/queries/invoices'
import { appendLedgerTransaction } from '../../../store/queries/ledger'
import { getPartner } from '../../../store/queries/partners'
import { appendAudit } from '../../audit'
import type { Ctx } from '../../context'
import type { Deps } from '../../deps'
import { toPartnerFacts } from '../../dto/to-partner'

type Payment = { invoiceId: string; partnerId: string; listKop: bigint; paidOn: string; deadline: { date: string; isEstimated: boolean } }

/** Books the client's payment to the partner in the ledger and the audit trail. */
export const postClientPayment = async (trx: Trx, ctx: Ctx, { invoiceId, partnerId, listKop, paidOn, deadline }: Payment) => {
  await appendLedgerTransaction(trx, { kind: 'client.paid', partnerId, invoiceId, postings: clientPaymentPostings({ partnerId, listKop }) })
  await appendAudit(trx, ctx.actor, {
    action: 'invoice.client-paid',
    entity: 'invoice',
    entityId: invoiceId,
    after: { clientPaidOn: paidOn, transferDueOn: deadline.date, transferDueEstimated: deadline.isEstimated },
  })
}

/** Records the day the client paid on an existing invoice: sets its deadline and books the payment (AT-1.6). */
export const bookClientPayment = async (trx: Trx, deps: Deps, ctx: Ctx, { invoiceId, partnerId, listKop, paidOn }: Omit<Payment, 'deadline'>) => {
  const partner = toPartnerFacts(await getPartner(trx, partnerId))
  const deadline = paymentDeadline({ program: deps.program, calendars: deps.calendars, partner, paidOn })
  await setClientPaidOn(trx, { id: invoiceId, paidOn, deadline })
  await postClientPayment(trx, ctx, { invoiceId, partnerId, listKop, paidOn, deadline })
}
