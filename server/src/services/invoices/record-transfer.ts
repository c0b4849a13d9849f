import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { runWrite } from '../run-write'
import { bookTransfer } from './steps/book-transfer'
import { loadInvoice } from './steps/load-invoice'

/**
 * Vendor staff record the day the partner's transfer arrived (AT-1.6). On or before the deadline,
 * an automatic overdue violation raised in the meantime is voided and the partner's state
 * re-derived; after it, the violation stands (and is raised now if the scan has not yet run).
 * @throws invalid_state unless the invoice is issued; invalid_request for a future date or one before the invoice.
 */
export const recordTransfer = (deps: Deps, ctx: Ctx, id: string, body: { receivedOn: string }) =>
  runWrite(deps, ctx, { route: 'recordTransfer', params: { id }, body }, async (trx) => {
    await bookTransfer(trx, deps, ctx, { id, receivedOn: body.receivedOn })
    return { invoice: await loadInvoice(trx, deps, ctx, id) }
  })
