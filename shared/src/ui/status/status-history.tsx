import type { TPartnerStatusResponse } from '../../contract/statuses'
import { reasonWords } from './reason-words'
import { useStatusText } from './use-status-text'

/** The partner's recent statuses, newest first, with where each came from (AG-3). */
export const StatusHistory = ({ history }: { history: TPartnerStatusResponse['history'] }) => {
  const text = useStatusText()
  const { t, i18n, label, status } = text
  return (
    <ul class="pr-list">
      {history.map((entry) => {
        const reason = reasonWords(text, entry)
        return (
          <li key={`${entry.recordedAt}-${entry.toStatus}`}>
            <div class="pr-item__head">
              <strong>{status(entry.toStatus, entry.toStatusName)}</strong>
              <span class="pr-muted">{i18n.date(entry.effectiveOn)}</span>
            </div>
            <div class="pr-muted">
              {label('source', entry.source)}
              {entry.validUntil && ` · ${t('status.until', { date: i18n.date(entry.validUntil) })}`}
              {reason && ` · ${reason}`}
            </div>
          </li>
        )
      })}
    </ul>
  )
}
