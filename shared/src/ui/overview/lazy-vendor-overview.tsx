import type { TVendorOverview } from '../../contract'
import type { OverviewState, OverviewStore } from '../../stores/create-overview-store'
import { LazyPart } from '../kit/lazy-part'

type Props = { overview: TVendorOverview; state: OverviewState; store: OverviewStore }

/** The vendor staff's overview, with its pin decisions and voids (AT-4.1, AT-4.4), is a chunk a partner's overview never downloads. */
const loadVendorOverview = () => import('./vendor-overview').then((module) => module.VendorOverview)

export const LazyVendorOverview = (props: Props) => <LazyPart load={loadVendorOverview} props={props} />
