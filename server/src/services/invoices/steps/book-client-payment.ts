import type { TWarningCode } from '../../../../../shared/src/contract'
import { invoiceWarnings } from '../../../domain/invoices/invoice-warnings'
import { paymentDeadline } from '../../../domain/invoices/payment-deadline'
import { clientPaymentPostings } from '../../../domain/ledger/invoice-postings'
import type { Trx } from '../../../store/db'
import { setClientPaidOn } from '../../../store/queries/invoices'
import { appendLedgerTransaction } from '../../../store/queries/ledger'
import { getPartner } from '../../../store/queries/partners'
import { appendAudit } from '../../audit'
import type { Ctx } from '../../context'
import { queueTransferTask } from '../../crm-writes/steps/queue-crm-writes'
import type { Deps } from '../../deps'
import { toPartnerFacts } from '../../dto/to-partner'
import { tellTransferDue } from '../../notices/steps/tell-transfer-due'
import { today } from '../../today'
import { assertConfirmed } from './invoice-guards'

type Payment = { invoiceId: string; partnerId: string; listKop: bigint; paidOn: string; deadline: { date: string; isEstimated: boolean } }

/**
 * Books the client's payment to the partner in the ledger and the audit trail, and
 * queues the transfer task for the partner's CRMs that asked for one (issue 12).
 */
export const postClientPayment = async (trx: Trx, deps: Deps, ctx: Ctx, { invoiceId, partnerId, listKop, paidOn, deadline }: Payment) => {
  // Credit notes may have taken the whole invoice off before the client paid: nothing then to book.
  if (listKop > 0n) await appendLedgerTransaction(trx, { kind: 'client.paid', partnerId, invoiceId, postings: clientPaymentPostings({ partnerId, listKop }) })
  await appendAudit(trx, ctx.actor, {
    action: 'invoice.client-paid',
    entity: 'invoice',
    entityId: invoiceId,
    after: { clientPaidOn: paidOn, transferDueOn: deadline.date, transferDueEstimated: deadline.isEstimated },
  })
  await queueTransferTask(trx, deps, { invoiceId, dueOn: deadline.date, now: ctx.now })
}

/** Records the day the client paid on an existing invoice: sets its deadline and books the payment (AT-1.6). */
export const bookClientPayment = async (
  trx: Trx,
  deps: Deps,
  ctx: Ctx,
  { invoiceId, partnerId, listKop, paidOn, confirmed }: Omit<Payment, 'deadline'> & { confirmed?: TWarningCode[] },
) => {
  const partner = toPartnerFacts(await getPartner(trx, partnerId))
  const deadline = paymentDeadline({ program: deps.program, calendars: deps.calendars, partner, paidOn })
  // A date that makes the transfer late at once is the partner's to confirm (AT-1.6), before anything is written.
  const warnings = invoiceWarnings({
    program: deps.program,
    today: today(deps, ctx),
    payment: { paidOn, dueOn: deadline.date },
    listKop: null,
    lines: [],
    recent: [],
  })
  assertConfirmed(
    warnings.filter((warning) => warning.code === 'deadline_passed'),
    confirmed,
  )
  await setClientPaidOn(trx, { id: invoiceId, paidOn, deadline })
  await postClientPayment(trx, deps, ctx, { invoiceId, partnerId, listKop, paidOn, deadline })
  await tellTransferDue(trx, { invoiceId, rule: deps.program.violations.overdueRule, at: ctx.now })
}
