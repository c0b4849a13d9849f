import { useI18n } from '../context'

/** A client as a list names it: its name, then its account number; the number alone when the relay knows no name. */
export const ClientName = ({ name, accountNumber }: { name: string | null; accountNumber: string }) => {
  const i18n = useI18n()
  return (
    <>
      {name && <strong>{name}</strong>}
      {name && ' · '}
      <span class="pr-muted pr-nowrap">{i18n.t('client.account', { account: accountNumber })}</span>
    </>
  )
}
