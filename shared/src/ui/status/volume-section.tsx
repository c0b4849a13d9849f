import './status-styles'
import type { TPartnerStatusResponse } from '../../contract/statuses'
import { Section } from '../kit/section'
import { useStatusText } from './use-status-text'
import { VolumeBars } from './volume-bars'

/** The partner's purchase volume in the current half-year against the thresholds of its next statuses (AG-REQ, AG-3.3b). */
export const VolumeSection = ({ status }: { status: TPartnerStatusResponse }) => {
  const { t, i18n } = useStatusText()
  const { volume } = status
  const individual = status.thresholds.filter((threshold) => threshold.isIndividual).map((threshold) => threshold.status)
  return (
    <Section title={t('volume.title')}>
      <div class="pr-figure">{i18n.money(volume.volumeKop)}</div>
      <div class="pr-muted">
        {t('volume.period', { from: i18n.date(volume.from), to: i18n.date(volume.to) })} · {t(`volume.basis.${volume.basis}`)}
      </div>
      <VolumeBars checklists={status.checklists} individual={individual} />
      {volume.projectDealsVolumeKop > 0 && <p class="pr-hint">{t('volume.projects', { amount: i18n.money(volume.projectDealsVolumeKop) })}</p>}
    </Section>
  )
}
