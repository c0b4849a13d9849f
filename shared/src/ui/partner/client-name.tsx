import { useI18n } from '../context'
import { DetailLink } from '../kit/open-detail'

/**
 * A client as a list names it: its name, then its account number; the number alone when the relay
 * knows no name. On a page that can show the client (the overview) the name opens it.
 */
export const ClientName = ({ name, accountNumber }: { name: string | null; accountNumber: string }) => {
  const i18n = useI18n()
  return (
    <DetailLink detail={{ kind: 'client', accountNumber, name }}>
      {name && <strong>{name}</strong>}
      {name && ' · '}
      <span class="pr-muted pr-nowrap">{i18n.t('client.account', { account: accountNumber })}</span>
    </DetailLink>
  )
}

/** A partner as a vendor's list names it; on the overview the name opens the partner. */
export const PartnerName = ({ partnerId, name }: { partnerId: string; name: string }) => (
  <DetailLink detail={{ kind: 'partner', partnerId, name }}>
    <strong>{name}</strong>
  </DetailLink>
)
