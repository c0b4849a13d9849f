import { useMemo } from 'preact/hooks'
import type { TVendorOverview } from '../../contract'
import { loadStaffMessages } from '../../i18n/load-staff-messages'
import type { OverviewState, OverviewStore } from '../../stores/create-overview-store'
import { useI18n } from '../context'
import { LazyPart } from '../kit/lazy-part'

type Props = { overview: TVendorOverview; state: OverviewState; store: OverviewStore }

/**
 * The vendor staff's overview, with its pin decisions and voids (AT-4.1, AT-4.4), is a chunk a
 * partner's overview never downloads; its words (staff-ru.ts) come at the same time.
 */
const loadVendorOverview = () => import('./vendor-overview').then((module) => module.VendorOverview)

export const LazyVendorOverview = (props: Props) => {
  const i18n = useI18n()
  const load = useMemo(() => () => Promise.all([loadVendorOverview(), i18n.addWords(loadStaffMessages)]).then(([part]) => part), [i18n])
  return <LazyPart load={load} props={props} />
}
