import type { TPartnerStatusResponse } from '../../contract/statuses'
import { useStatusText } from './use-status-text'

/** The partner's recent statuses, newest first, with where each came from (AG-3). */
export const StatusHistory = ({ history }: { history: TPartnerStatusResponse['history'] }) => {
  const { t, i18n, label } = useStatusText()
  return (
    <ul class="pr-list">
      {history.map((entry) => (
        <li key={`${entry.recordedAt}-${entry.toStatus}`}>
          <div class="pr-item__head">
            <strong>{entry.toStatusName}</strong>
            <span class="pr-muted">{i18n.date(entry.effectiveOn)}</span>
          </div>
          <div class="pr-muted">
            {label('source', entry.source)}
            {entry.validUntil && ` · ${t('status.until', { date: i18n.date(entry.validUntil) })}`}
            {entry.reason && ` · ${entry.reason}`}
          </div>
        </li>
      ))}
    </ul>
  )
}
