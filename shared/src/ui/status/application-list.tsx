import type { TStatusApplication } from '../../contract/statuses'
import { Badge, type Tone } from '../kit/status'
import { useStatusText } from './use-status-text'

const TONE: Record<TStatusApplication['state'], Tone> = { pending: 'info', approved: 'ok', refused: 'bad' }

/** The partner's status applications with the vendor's decisions (AG-3.3a). */
export const ApplicationList = ({ applications }: { applications: TStatusApplication[] }) => {
  const { t, i18n, status } = useStatusText()
  return (
    <ul class="pr-list">
      {applications.map((application) => (
        <li key={application.id}>
          <div class="pr-item__head">
            <strong>{t('application.for', { status: status(application.status, application.statusName) })}</strong>
            <Badge tone={TONE[application.state]}>{t(`application.${application.state}`)}</Badge>
          </div>
          <div class="pr-muted">{t('application.on', { date: i18n.date(application.appliedOn) })}</div>
          {application.note && <div class="pr-quote-text">{application.note}</div>}
          {application.effectiveOn && (
            <div>
              {t('application.effective', { date: i18n.date(application.effectiveOn) })}
              {application.validUntil && ` · ${t('status.until', { date: i18n.date(application.validUntil) })}`}
            </div>
          )}
          {application.decisionNote && <div>{t('application.decision', { note: application.decisionNote })}</div>}
        </li>
      ))}
    </ul>
  )
}
