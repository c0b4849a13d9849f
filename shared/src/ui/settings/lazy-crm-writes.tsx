import type { TRole } from '../../contract'
import { LazyPart } from '../kit/lazy-part'

const load = () => import('./crm-writes-panel').then((module) => module.default)

/** The part about the relay acting in this CRM (issue 12): a chunk of its own, fetched once the account is linked. */
export const LazyCrmWrites = ({ role }: { role: TRole }) => <LazyPart load={load} props={{ role }} />
