import type { Trx } from '../../../store/db'
import { findClient } from '../../../store/queries/clients'
import { getVisibleInvoice } from '../../../store/queries/invoices'
import { netOfCreditNotes } from '../../invoices/steps/net-of-credit-notes'
import { addNotice } from './add-notice'

/**
 * Tells the partner, once its client's payment is recorded, what to transfer for the invoice and by
 * when (AT-1.6), in the same transaction. The reminders before and on the deadline come from the
 * reminder pass.
 */
export const tellTransferDue = async (trx: Trx, { invoiceId, rule, at }: { invoiceId: string; rule: string; at: Date }) => {
  const invoice = await getVisibleInvoice(trx, invoiceId, null)
  if (!invoice.transfer_due_on) return
  const client = invoice.account_number ? await findClient(trx, invoice.account_number) : undefined
  await addNotice(trx, [{ partnerId: invoice.partner_id }], {
    kind: 'transfer.due',
    rule,
    partnerId: invoice.partner_id,
    facts: {
      invoiceNumber: invoice.number,
      accountNumber: invoice.account_number ?? undefined,
      clientName: client?.name,
      amountKop: Number(netOfCreditNotes(invoice).payableKop),
      dueOn: invoice.transfer_due_on,
    },
    subject: `invoice:${invoice.id}`,
    eventKey: `transfer.due:${invoice.id}:${invoice.transfer_due_on}`,
    at,
  })
}
