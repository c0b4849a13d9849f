import { useState } from 'preact/hooks'
import type { TPartner, TPartnerState } from '../../contract'
import type { OverviewState, OverviewStore } from '../../stores/create-overview-store'
import { useI18n } from '../context'
import { Button } from '../kit/button'
import { ErrorNotice, Notice } from '../kit/notice'
import { Badge, Empty } from '../kit/status'
import { statusIn } from '../name-in'
import { PARTNER_STATES, PartnerStateBadge, STATE_TONE } from '../vendor/partner-state'
import { PartnerLink } from './detail-links'

/** Who needs staff first. */
const ATTENTION: TPartnerState[] = ['expulsion_pending', 'restricted', 'active', 'expelled']

type Props = { partners: TPartner[]; state: OverviewState; store: OverviewStore }

/** Partners grouped by state; a repeat offender waits here for staff to confirm its expulsion (AT-4.1). */
export const PartnerDirectory = ({ partners, state, store }: Props) => {
  const i18n = useI18n()
  const [confirming, setConfirming] = useState<string | null>(null)
  if (partners.length === 0) return <Empty>{i18n.t('vendor.noPartners')}</Empty>
  const ordered = [...partners].sort((a, b) => ATTENTION.indexOf(a.state) - ATTENTION.indexOf(b.state) || a.name.localeCompare(b.name))
  return (
    <>
      <div class="pr-counts">
        {PARTNER_STATES.map((partnerState) => {
          const count = partners.filter((partner) => partner.state === partnerState).length
          return count > 0 ? (
            <Badge key={partnerState} tone={STATE_TONE[partnerState]}>
              {i18n.t(`partnerState.${partnerState}`)}: {count}
            </Badge>
          ) : null
        })}
      </div>
      {state.expelled && <Notice kind="success">{i18n.t('vendor.expelled', { count: state.expelled.releasedPins.length })}</Notice>}
      <ul class="pr-list">
        {ordered.map((partner) => (
          <li key={partner.id} class="pr-item">
            <div class="pr-item__head">
              <PartnerLink partnerId={partner.id} name={partner.name} />
              <PartnerStateBadge state={partner.state} />
            </div>
            <div class="pr-muted">
              {statusIn(i18n.locale, state.program?.statuses, partner.status, partner.statusName)} ·{' '}
              {i18n.t('vendor.liveViolations', { count: partner.liveViolations })}
            </div>
            {partner.state === 'expulsion_pending' &&
              (confirming === partner.id ? (
                // biome-ignore lint/a11y/useSemanticElements: a labelled group of a question and its buttons, not a form's fieldset
                <div class="pr-form pr-form--boxed" role="group" aria-label={i18n.t('vendor.expel')}>
                  <p>{i18n.t('vendor.expelConfirm', { name: partner.name })}</p>
                  <div class="pr-actions">
                    <Button variant="danger" isBusy={state.busy === `expel:${partner.id}`} onClick={() => void store.getState().expelPartner(partner.id)}>
                      {i18n.t('vendor.expel')}
                    </Button>
                    <Button variant="link" onClick={() => setConfirming(null)}>
                      {i18n.t('common.cancel')}
                    </Button>
                  </div>
                </div>
              ) : (
                <div class="pr-actions">
                  <Button variant="danger" onClick={() => setConfirming(partner.id)}>
                    {i18n.t('vendor.expel')}
                  </Button>
                </div>
              ))}
            {state.failedAction === `expel:${partner.id}` && <ErrorNotice error={state.actionError} />}
          </li>
        ))}
      </ul>
    </>
  )
}
