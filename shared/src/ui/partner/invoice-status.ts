import type { TInvoice } from '../../contract'
import type { MessageKey } from '../../i18n/ru'
import type { Tone } from '../kit/status'

export type InvoiceStatus = { key: MessageKey; date?: string; tone: Tone }

/**
 * Where the invoice's money is, from what the relay sent (AT-1.6): waiting for the client, paid by
 * the client and due to the vendor by a date, overdue, transferred, or void.
 */
export const invoiceStatus = (invoice: Pick<TInvoice, 'state' | 'clientPaidOn' | 'transferDueOn' | 'transferReceivedOn' | 'isOverdue'>): InvoiceStatus => {
  if (invoice.state === 'void') return { key: 'invoice.status.void', tone: 'muted' }
  if (invoice.state === 'settled' || invoice.transferReceivedOn) return { key: 'invoice.status.transferred', tone: 'ok' }
  if (invoice.isOverdue) return { key: 'invoice.status.overdue', tone: 'bad' }
  if (!invoice.clientPaidOn) return { key: 'invoice.status.awaitingClient', tone: 'info' }
  if (invoice.transferDueOn) return { key: 'invoice.status.transferBy', date: invoice.transferDueOn, tone: 'warn' }
  return { key: 'invoice.status.clientPaid', tone: 'warn' }
}
