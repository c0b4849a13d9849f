import type { TPartnerCard } from '../../contract'
import { LazyPart } from '../kit/lazy-part'
import type { CardProps } from './card-props'

type Props = CardProps & { card: TPartnerCard }

/**
 * The partner's card (pin, quote and invoices: AT-1.2, AT-1.6, AT-5.1) is a chunk of its own, as
 * the vendor's is: each of the two ways the card page is seen loads only its own part.
 */
const loadPartnerCard = () => import('../partner/partner-card').then((module) => module.PartnerCard)

export const LazyPartnerCard = (props: Props) => <LazyPart load={loadPartnerCard} props={props} />

/** The registration form (AT-1.1) is the partner's too, in the same chunk. */
const loadRegisterForm = () => import('../partner/register-form').then((module) => module.RegisterForm)

export const LazyRegisterForm = (props: CardProps & { canAct: boolean }) => <LazyPart load={loadRegisterForm} props={props} />
