import type { TMeResponse } from '../../contract'
import { useI18n } from '../context'
import { PartnerStateNotice } from '../kit/partner-state-notice'
import { Section } from '../kit/section'
import { Facts } from '../kit/status'
import { nameIn, statusIn } from '../name-in'
import { PartnerStateBadge } from '../vendor/partner-state'

type Partner = NonNullable<TMeResponse['partner']>
type Named = { id: string; name: string; nameEn?: string }

/** The partner's status and state, and the discount it gets per product category now (AT-4.1, AG-DISC). */
export const PartnerStanding = ({
  partner,
  program,
  statusRule,
  statusNames,
  categoryNames,
}: {
  partner: Partner
  program: Omit<Named, 'id'>
  statusRule: string | undefined
  statusNames: Named[]
  categoryNames: Named[]
}) => {
  const i18n = useI18n()
  const statusName = (id: string) => statusIn(i18n.locale, statusNames, id, partner.statusName)
  return (
    <Section title={`${partner.name} · ${nameIn(i18n.locale, program)}`} class="pr-span">
      <PartnerStateNotice state={partner.state} rule={statusRule} />
      <Facts
        rows={[
          [i18n.t('overview.status'), statusName(partner.status)],
          [i18n.t('overview.state'), <PartnerStateBadge state={partner.state} />],
          [i18n.t('overview.violations'), String(partner.violations)],
        ]}
      />
      {partner.effectiveStatus !== partner.status && (
        <p class="pr-muted">
          {i18n.t('overview.effectiveStatus', {
            // By its name: the id is the program's code, never a word for the partner.
            status: statusName(partner.effectiveStatus),
          })}
        </p>
      )}
      <h4 class="pr-subtitle">{i18n.t('overview.discounts')}</h4>
      <table class="pr-table pr-table--compact">
        <tbody>
          {partner.discounts.map((discount) => (
            <tr key={discount.category}>
              <th scope="row">{nameIn(i18n.locale, categoryNames.find((named) => named.id === discount.category) ?? { name: discount.categoryName })}</th>
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
