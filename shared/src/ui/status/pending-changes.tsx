import type { TProgramResponse } from '../../contract'
import type { TStatusChange } from '../../contract/statuses'
import { reasonWords } from './reason-words'
import { useStatusText } from './use-status-text'

type Props = {
  changes: TStatusChange[]
  /** Given on the vendor's board: each change then names its partner and the status it leaves. */
  program?: TProgramResponse
}

/** Status changes decided and waiting for their date: a quarter start or a publication date (AG-3.3). */
export const PendingChanges = ({ changes, program }: Props) => {
  const text = useStatusText()
  const { t, i18n, label, status } = text
  return (
    <ul class="pr-list">
      {changes.map((change) => {
        const date = i18n.date(change.effectiveOn)
        const reason = reasonWords(text, change)
        return (
          <li key={change.id}>
            {program && <strong>{change.partnerName}</strong>}
            <div>
              {program
                ? t('board.change', { from: status(change.fromStatus), to: status(change.toStatus, change.toStatusName), date })
                : t('status.change', { date, status: status(change.toStatus, change.toStatusName) })}
              {change.validUntil && <span class="pr-muted"> · {t('status.until', { date: i18n.date(change.validUntil) })}</span>}
            </div>
            <div class="pr-muted">
              {label('source', change.source)}
              {reason && ` · ${reason}`}
            </div>
          </li>
        )
      })}
    </ul>
  )
}
