import { useMemo } from 'preact/hooks'
import { createVendorClient } from '../../client/create-vendor-client'
import { createCorrectionsStore } from '../../stores/create-corrections-store'
import { useUi } from '../context'
import { useStore } from '../use-store'

/** Vendor staff's corrections over the mounted screen's relay client; `after` reloads what they changed. */
export const useCorrections = (after: () => Promise<void>) => {
  const { client } = useUi()
  // One store per mounted screen: `after` reloads that screen's own store, which does not change.
  const store = useMemo(() => createCorrectionsStore({ client: createVendorClient(client.caller), after }), [client])
  return { state: useStore(store), store }
}
