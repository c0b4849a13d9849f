import type { TInvoice, TInvoiceState, TQuoteLine } from '../../../../shared/src/contract'
import type { Calendars } from '../../domain/calendar/calendar-schema'
import { restsOnProvisional } from '../../domain/calendar/rests-on-provisional'
import { transferStatus } from '../../domain/invoices/transfer-status'
import type { InvoiceRow } from '../../store/queries/invoices'
import { toCreditNote } from './to-credit-note'

export const toInvoice = (row: InvoiceRow, today: string, calendars: Calendars): TInvoice => {
  const facts = { state: row.state, transferDueOn: row.transfer_due_on, transferReceivedOn: row.transfer_received_on }
  return {
    id: row.id,
    number: row.number,
    state: row.state as TInvoiceState,
    partnerId: row.partner_id,
    partnerName: row.partner_name,
    accountNumber: row.account_number,
    clientName: row.client_name,
    issuedOn: row.issued_on,
    lines: row.lines as TQuoteLine[],
    totals: {
      listKop: Number(row.list_kop),
      rewardKop: Number(row.reward_kop),
      payableKop: Number(row.payable_kop),
      vatKop: Number(row.vat_kop),
    },
    discountSource: row.discount_source,
    clientPaidOn: row.client_paid_on,
    transferDueOn: row.transfer_due_on,
    transferDueEstimated: row.transfer_due_estimated,
    transferDueOnProvisional:
      row.client_paid_on !== null && row.transfer_due_on !== null && restsOnProvisional({ from: row.client_paid_on, to: row.transfer_due_on, calendars }),
    transferReceivedOn: row.transfer_received_on,
    onTime: row.on_time,
    ...transferStatus({ invoice: facts, today, calendars }),
    voidReason: row.void_reason,
    creditNotes: row.credit_notes.map(toCreditNote),
    createdAt: row.created_at.toISOString(),
  }
}
