import { useMemo } from 'preact/hooks'
import { createCardStore } from '../../stores/create-card-store'
import { CardPanel } from '../card/card-panel'
import { useUi } from '../context'
import type { Detail } from '../kit/open-detail'
import { PartnerPanel } from './partner-panel'

/**
 * What a name opens: the client card the CRM's card page shows, loaded by account number through
 * the same `clientCard` route, or the partner panel.
 */
export const DetailScreen = ({ detail }: { detail: Detail }) =>
  detail.kind === 'client' ? <ClientDetail accountNumber={detail.accountNumber} name={detail.name} /> : <PartnerPanel partnerId={detail.partnerId} />

const ClientDetail = ({ accountNumber, name }: { accountNumber: string; name: string | null }) => {
  const { client, host } = useUi()
  // The overview has no CRM card to read: the card is the one the list named.
  const store = useMemo(
    () => createCardStore({ client, host: { ...host, readCard: async () => ({ accountNumber, title: name }) } }),
    [client, host, accountNumber, name],
  )
  return <CardPanel store={store} />
}
