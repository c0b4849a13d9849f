import type { TInvoice } from '../../contract'
import { Empty } from '../kit/status'
import { type InvoiceContext, type InvoiceHandlers, InvoiceItem } from './invoice-item'

type InvoiceListProps = InvoiceHandlers & InvoiceContext & { invoices: TInvoice[]; empty: string; newId?: string | null }

export const InvoiceList = ({ invoices, empty, newId, ...rest }: InvoiceListProps) =>
  invoices.length === 0 ? (
    <Empty>{empty}</Empty>
  ) : (
    <ul class="pr-list">
      {invoices.map((invoice) => (
        <InvoiceItem key={invoice.id} invoice={invoice} isNew={invoice.id === newId} {...rest} />
      ))}
    </ul>
  )
