import type { TPartner, TProgramResponse } from '../../contract'
import { LazyPart } from '../kit/lazy-part'
import type { Detail } from './detail-links'

export type DetailProps = { detail: Detail; partner?: TPartner; program: TProgramResponse | null; onBack: () => void }

/**
 * A client or partner opened from a list, in place of the overview, with a way back. The view is a
 * chunk of its own: the overview page stays within its budget, and only who opens a name downloads it.
 */
const loadDetailScreen = () => import('./detail-screen').then((module) => module.DetailScreen)

export const LazyDetail = (props: DetailProps) => <LazyPart key={JSON.stringify(props.detail)} load={loadDetailScreen} props={props} />
