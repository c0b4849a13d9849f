import { useEffect, useState } from 'preact/hooks'
import type { RelayError } from '../../client/relay-error'
import { toRelayError } from '../../client/to-relay-error'
import type { TPartnerDetailsResponse } from '../../contract/partners'
import { ADMIN_ROUTES } from '../../contract/routes/admin'
import { useUi } from '../context'
import { ErrorNotice } from '../kit/notice'
import { Section } from '../kit/section'
import { Facts, Loading } from '../kit/status'
import { PartnerStateBadge } from '../vendor/partner-state'
import { ViolationList } from './violation-list'

/**
 * A partner opened from a vendor's list: who it is (name, INN), its status and state, the discount it
 * gets per category now (AT-5.2, AG-DISC) and its violations (AT-4.1, AG-1.5), from `GET /v1/partners/{id}`.
 */
export const PartnerPanel = ({ partnerId }: { partnerId: string }) => {
  const { client, i18n } = useUi()
  const [details, setDetails] = useState<TPartnerDetailsResponse | null>(null)
  const [error, setError] = useState<RelayError | null>(null)
  const load = () => {
    setError(null)
    client.caller.call(ADMIN_ROUTES.getPartner, { params: { id: partnerId } }).then(setDetails, (caught: unknown) => setError(toRelayError(caught)))
  }
  useEffect(load, [partnerId])
  if (error) return <ErrorNotice error={error} onRetry={load} />
  if (!details) return <Loading />
  const { partner, discounts, violations } = details
  return (
    <div class="pr-grid">
      <Section title={partner.name} class="pr-span">
        <Facts
          rows={[
            [i18n.t('client.inn'), partner.inn],
            [i18n.t('overview.status'), partner.statusName],
            [i18n.t('overview.state'), <PartnerStateBadge state={partner.state} />],
            [i18n.t('overview.violations'), String(partner.liveViolations)],
          ]}
        />
        <h4 class="pr-subtitle">{i18n.t('overview.discounts')}</h4>
        <table class="pr-table pr-table--compact">
          <tbody>
            {discounts.map((discount) => (
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
      <Section title={i18n.t('overview.violations')} class="pr-span">
        <ViolationList violations={violations} />
      </Section>
    </div>
  )
}
