import { type ComponentChildren, createContext } from 'preact'
import { useContext } from 'preact/hooks'
import type { TInvoice } from '../../contract'
import { ClientName } from '../partner/client-name'

/** What a name in an overview list opens inside the widget: a client by account number, or a partner. */
export type Detail = { kind: 'client'; accountNumber: string; name: string | null } | { kind: 'partner'; partnerId: string; name: string }

/**
 * Given by the overview page. The links live with the overview, not with the client card's shared
 * parts, so the card page's bundle carries none of them.
 */
export const OpenDetail = createContext<((detail: Detail) => void) | null>(null)

/** A name that opens its client or partner; a button, so the keyboard reaches it like any action. */
const DetailLink = ({ detail, children }: { detail: Detail; children: ComponentChildren }) => {
  const open = useContext(OpenDetail)
  if (!open) return <>{children}</>
  return (
    <button type="button" class="pr-name-link" onClick={() => open(detail)}>
      {children}
    </button>
  )
}

/** A client as a list names it (name, then account number), opening its card. */
export const ClientLink = ({ name, accountNumber }: { name: string | null; accountNumber: string }) => (
  <DetailLink detail={{ kind: 'client', accountNumber, name }}>
    <ClientName name={name} accountNumber={accountNumber} />
  </DetailLink>
)

/** A partner as a vendor's list names it, opening the partner. */
export const PartnerLink = ({ partnerId, name }: { partnerId: string; name: string }) => (
  <DetailLink detail={{ kind: 'partner', partnerId, name }}>
    <strong>{name}</strong>
  </DetailLink>
)

/** Whose invoice it is, in the overview's invoice lists: the partner (for staff) and the client, each opening. */
export const InvoiceParty = ({ invoice, showPartner }: { invoice: TInvoice; showPartner?: boolean }) => (
  <div class="pr-invoice__party">
    {showPartner && <PartnerLink partnerId={invoice.partnerId} name={invoice.partnerName} />}
    {showPartner && invoice.accountNumber && ' · '}
    {invoice.accountNumber && <ClientLink name={invoice.clientName} accountNumber={invoice.accountNumber} />}
  </div>
)
