import { AppError } from '../../../../shared/src/contract'
import { reversePostings } from '../../domain/ledger/invoice-postings'
import { getVisibleInvoice, setInvoiceVoid } from '../../store/queries/invoices'
import { appendLedgerTransaction, unreversedTransactionsOf } from '../../store/queries/ledger'
import { setSubjectNoticesRead } from '../../store/queries/notices'
import { appendAudit } from '../audit'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { runWrite } from '../run-write'
import { loadInvoice } from './steps/load-invoice'

/**
 * Vendor staff void an invoice: the number stays taken, every ledger transaction of the
 * invoice is reversed by a mirror transaction pointing at it.
 * @throws invalid_state for an invoice already void.
 */
export const voidInvoice = (deps: Deps, ctx: Ctx, id: string, body: { reason: string }) =>
  runWrite(deps, ctx, { route: 'voidInvoice', params: { id }, body }, async (trx) => {
    const invoice = await getVisibleInvoice(trx, id, null, true)
    if (invoice.state === 'void') throw new AppError('invalid_state', `Invoice ${invoice.number} is already void`, { rule: 'X-3' })
    await setInvoiceVoid(trx, { id, reason: body.reason })
    await setSubjectNoticesRead(trx, { subject: `invoice:${id}`, at: ctx.now })
    for (const tx of await unreversedTransactionsOf(trx, id)) {
      await appendLedgerTransaction(trx, {
        kind: 'reversal',
        partnerId: tx.partnerId,
        invoiceId: id,
        reversesId: tx.id,
        memo: body.reason,
        postings: reversePostings(tx.postings),
      })
    }
    await appendAudit(trx, ctx.actor, {
      action: 'invoice.voided',
      entity: 'invoice',
      entityId: id,
      before: { state: invoice.state },
      after: { state: 'void' },
      reason: body.reason,
    })
    return { invoice: await loadInvoice(trx, deps, ctx, id) }
  })
