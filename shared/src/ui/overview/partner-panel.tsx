import type { TPartner, TProgramResponse } from '../../contract'
import { useI18n } from '../context'
import { LazyPart } from '../kit/lazy-part'
import { Section } from '../kit/section'
import { Facts } from '../kit/status'
import { statusIn } from '../name-in'
import { PartnerStateBadge } from '../vendor/partner-state'

/** Where the partner may sell, and the form staff change it with (AG-1.3): a chunk only vendor staff download. */
const loadTerritory = () => import('../vendor/partner-territory').then((module) => module.PartnerTerritory)

/**
 * A partner opened from a vendor's list, as the overview already holds it: who it is (name, INN), its
 * status and state (AT-4.1, AG-1.5), the discount it gets now (AT-5.2: its own, or its status's) and
 * how many violations stand.
 */
export const PartnerPanel = ({ partner, program }: { partner: TPartner; program: TProgramResponse | null }) => {
  const i18n = useI18n()
  const priced = statusIn(i18n.locale, program?.statuses, partner.effectiveStatus, partner.statusName)
  return (
    <>
      <Section title={partner.name} class="pr-span">
        <Facts
          rows={[
            [i18n.t('client.inn'), partner.inn],
            [i18n.t('overview.status'), statusIn(i18n.locale, program?.statuses, partner.status, partner.statusName)],
            [i18n.t('overview.state'), <PartnerStateBadge state={partner.state} />],
            [
              i18n.t('quote.discount'),
              partner.currentDiscountBps === null ? i18n.t('overview.effectiveStatus', { status: priced }) : i18n.percent(partner.currentDiscountBps),
            ],
            [i18n.t('overview.violations'), String(partner.liveViolations)],
          ]}
        />
      </Section>
      <LazyPart load={loadTerritory} props={{ partner, program }} />
    </>
  )
}
