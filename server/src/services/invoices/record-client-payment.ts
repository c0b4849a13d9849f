import { AppError } from '../../../../shared/src/contract'
import { getVisibleInvoice } from '../../store/queries/invoices'
import { requirePartner } from '../actor'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { runWrite } from '../run-write'
import { today } from '../today'
import { bookClientPayment } from './steps/book-client-payment'
import { loadInvoice } from './steps/load-invoice'

/**
 * The partner records the date its client paid (AT-1.6). The date fixes the deadline, so once
 * recorded it cannot be moved; recording the same date again changes nothing.
 * @throws invalid_request for a future date, invalid_state for a void invoice or another date.
 */
export const recordClientPayment = (deps: Deps, ctx: Ctx, id: string, body: { paidOn: string }) =>
  runWrite(deps, ctx, { route: 'recordClientPayment', params: { id }, body }, async (trx) => {
    const partnerId = requirePartner(ctx)
    const invoice = await getVisibleInvoice(trx, id, partnerId, true)
    if (body.paidOn > today(deps, ctx)) {
      throw new AppError('invalid_request', 'The client payment date cannot be in the future', {
        rule: 'AT-1.6',
        details: { fields: [{ path: 'paidOn', message: `On or before ${today(deps, ctx)}` }] },
      })
    }
    if (invoice.state === 'void') throw new AppError('invalid_state', `Invoice ${invoice.number} is void`, { rule: 'X-3' })
    if (invoice.client_paid_on && invoice.client_paid_on !== body.paidOn) {
      throw new AppError('invalid_state', `The client payment is already recorded as ${invoice.client_paid_on}; it sets the deadline and cannot be moved`, {
        rule: 'AT-1.6',
      })
    }
    if (!invoice.client_paid_on) await bookClientPayment(trx, deps, ctx, { invoiceId: id, partnerId, listKop: invoice.list_kop, paidOn: body.paidOn })
    return { invoice: await loadInvoice(trx, deps, ctx, id) }
  })
