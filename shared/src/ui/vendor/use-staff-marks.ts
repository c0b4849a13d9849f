import { useMemo } from 'preact/hooks'
import { createVendorClient } from '../../client/create-vendor-client'
import { createStaffMarksStore } from '../../stores/create-staff-marks-store'
import { useUi } from '../context'
import { useStore } from '../use-store'

/** Vendor staff's marks over the mounted screen's relay client; `after` reloads what they changed. */
export const useStaffMarks = (after?: () => Promise<void>) => {
  const { client } = useUi()
  // One store per mounted part: `after` reloads that screen's own store, which does not change.
  const store = useMemo(() => createStaffMarksStore({ client: createVendorClient(client.caller), after }), [client])
  return { state: useStore(store), store }
}
