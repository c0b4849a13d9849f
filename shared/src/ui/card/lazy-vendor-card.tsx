import type { TVendorCard } from '../../contract'
import { LazyPart } from '../kit/lazy-part'
import type { CardProps } from './card-props'

type Props = CardProps & { card: TVendorCard }

/**
 * The vendor staff's card (pin decisions, violations, negotiation, corrections: AT-1.2a, AT-1.6,
 * AT-4.1, AT-4.4) is a chunk of its own: a partner's card page never downloads it, which keeps that
 * page inside the amoCRM budget.
 */
const loadVendorCard = () => import('../vendor/vendor-card').then((module) => module.VendorCard)

export const LazyVendorCard = (props: Props) => <LazyPart load={loadVendorCard} props={props} />
