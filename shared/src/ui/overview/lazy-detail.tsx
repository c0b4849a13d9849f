import type { TPartner, TProgramResponse } from '../../contract'
import type { Detail } from './detail-links'
import { LazyPart } from './lazy-part'

export type DetailProps = { detail: Detail; partner?: TPartner; program: TProgramResponse | null; onBack: () => void }

/**
 * A client or partner opened from a list, in place of the overview, with a way back. The view is a
 * chunk of its own: the overview page stays within its budget, and only who opens a name downloads it.
 */
export const LazyDetail = (props: DetailProps) => (
  <LazyPart key={JSON.stringify(props.detail)} load={() => import('./detail-screen').then((module) => module.DetailScreen)} {...props} />
)
