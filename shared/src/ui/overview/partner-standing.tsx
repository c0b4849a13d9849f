import type { TMeResponse } from '../../contract'
import { useI18n } from '../context'
import { PartnerStateNotice } from '../kit/partner-state-notice'
import { Section } from '../kit/section'
import { Facts } from '../kit/status'
import { PartnerStateBadge } from '../vendor/partner-state'

type Partner = NonNullable<TMeResponse['partner']>

/** The partner's status and state, and the discount it gets per product category now (AT-4.1, AG-DISC). */
export const PartnerStanding = ({
  partner,
  programName,
  statusRule,
  statusNames,
}: {
  partner: Partner
  programName: string
  statusRule: string | undefined
  statusNames: { id: string; name: string }[]
}) => {
  const i18n = useI18n()
  return (
    <Section title={`${partner.name} · ${programName}`} class="pr-span">
      <PartnerStateNotice state={partner.state} rule={statusRule} />
      <Facts
        rows={[
          [i18n.t('overview.status'), partner.statusName],
          [i18n.t('overview.state'), <PartnerStateBadge state={partner.state} />],
          [i18n.t('overview.violations'), String(partner.violations)],
        ]}
      />
      {partner.effectiveStatus !== partner.status && (
        <p class="pr-muted">
          {i18n.t('overview.effectiveStatus', {
            // By its name: the id is the program's code, never a word for the partner.
            status: statusNames.find((status) => status.id === partner.effectiveStatus)?.name ?? partner.statusName,
          })}
        </p>
      )}
      <h4 class="pr-subtitle">{i18n.t('overview.discounts')}</h4>
      <table class="pr-table pr-table--compact">
        <tbody>
          {partner.discounts.map((discount) => (
            <tr key={discount.category}>
              <th scope="row">{discount.categoryName}</th>
              <td class="pr-num">
                {discount.isPerProject
                  ? i18n.t('overview.perProject')
                  : discount.discountBps === null
                    ? i18n.t('overview.notSold')
                    : i18n.percent(discount.discountBps)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  )
}
