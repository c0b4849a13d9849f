import { AppError, type TClientPaymentRequest } from '../../../../shared/src/contract'
import { getVisibleInvoice } from '../../store/queries/invoices'
import { requirePartner } from '../actor'
import type { Ctx } from '../context'
import { rememberCard } from '../crm-writes/steps/remember-card'
import type { Deps } from '../deps'
import { runWrite } from '../run-write'
import { bookClientPayment } from './steps/book-client-payment'
import { assertPaidByToday } from './steps/invoice-guards'
import { loadInvoice } from './steps/load-invoice'
import { netOfCreditNotes } from './steps/net-of-credit-notes'

/**
 * The partner records the date its client paid (AT-1.6). The date fixes the deadline, so once
 * recorded it cannot be moved; recording the same date again changes nothing.
 * A date whose deadline is already behind today makes the transfer overdue at once: it is taken only
 * with `confirmed: ['deadline_passed']`, otherwise confirmation_required and nothing is written.
 * @throws invalid_request for a future date, invalid_state for a void invoice or another date.
 */
export const recordClientPayment = (deps: Deps, ctx: Ctx, id: string, body: TClientPaymentRequest) =>
  runWrite(deps, ctx, { route: 'recordClientPayment', params: { id }, body }, async (trx) => {
    const partnerId = requirePartner(ctx)
    const invoice = await getVisibleInvoice(trx, id, partnerId, true)
    assertPaidByToday(deps, ctx, body.paidOn, 'paidOn')
    if (invoice.state === 'void') throw new AppError('invalid_state', `Invoice ${invoice.number} is void`, { rule: 'X-3' })
    if (invoice.client_paid_on && invoice.client_paid_on !== body.paidOn) {
      throw new AppError('invalid_state', `The client payment is already recorded as ${invoice.client_paid_on}; it sets the deadline and cannot be moved`, {
        rule: 'AT-1.6',
      })
    }
    await rememberCard(trx, ctx, invoice.account_number)
    if (!invoice.client_paid_on) {
      await bookClientPayment(trx, deps, ctx, {
        invoiceId: id,
        partnerId,
        listKop: netOfCreditNotes(invoice).listKop,
        paidOn: body.paidOn,
        confirmed: body.confirmed,
      })
    }
    return { invoice: await loadInvoice(trx, deps, ctx, id) }
  })
