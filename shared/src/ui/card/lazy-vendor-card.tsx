import { useMemo } from 'preact/hooks'
import type { TVendorCard } from '../../contract'
import { loadStaffMessages } from '../../i18n/load-staff-messages'
import { useI18n } from '../context'
import { LazyPart } from '../kit/lazy-part'
import type { CardProps } from './card-props'

type Props = CardProps & { card: TVendorCard }

/**
 * The vendor staff's card (pin decisions, violations, negotiation, corrections: AT-1.2a, AT-1.6,
 * AT-4.1, AT-4.4) is a chunk of its own: a partner's card page never downloads it, which keeps that
 * page inside the amoCRM budget. Its words (staff-ru.ts) come at the same time.
 */
const loadVendorCard = () => import('../vendor/vendor-card').then((module) => module.VendorCard)

export const LazyVendorCard = (props: Props) => {
  const i18n = useI18n()
  const load = useMemo(() => () => Promise.all([loadVendorCard(), i18n.addWords(loadStaffMessages)]).then(([part]) => part), [i18n])
  return <LazyPart load={load} props={props} />
}
