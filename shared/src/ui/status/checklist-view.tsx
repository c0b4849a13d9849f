import './status-styles'
import type { TChecklist } from '../../contract/statuses'
import { Badge } from '../kit/status'
import { ProgressBar } from './progress-bar'
import { progressText } from './progress-text'
import { useStatusText } from './use-status-text'

/** Whether a checklist is met, or how many required rows are missing (AG-REQ). */
export const ChecklistBadge = ({ checklist }: { checklist: TChecklist }) => {
  const { t } = useStatusText()
  return (
    <Badge tone={checklist.isMet ? 'ok' : 'warn'}>{checklist.isMet ? t('checklist.met') : t('checklist.missing', { count: checklist.missing.length })}</Badge>
  )
}

/**
 * One status's requirements as the relay judged them (AG-REQ): each row met or not, required or
 * recommended, with progress toward a numeric target and the date its evidence holds until.
 */
export const ChecklistView = ({ checklist, isOpen = false }: { checklist: TChecklist; isOpen?: boolean }) => {
  const text = useStatusText()
  const { t, i18n, label, status } = text
  return (
    <details class="pr-details" open={isOpen}>
      <summary class="pr-details__summary">
        <strong>{status(checklist.status, checklist.statusName)}</strong>
        <ChecklistBadge checklist={checklist} />
      </summary>
      <ul class="pr-checklist">
        {checklist.items.map((item) => {
          const name = label('req', item.requirement)
          const figures = item.progress && progressText(text, item.progress)
          return (
            <li key={item.requirement} class={`pr-checklist__item pr-checklist__item--${item.isMet ? 'met' : item.need}`}>
              <span class="pr-mark" aria-hidden="true">
                {item.isMet ? '✓' : item.need === 'recommended' ? '○' : '✕'}
              </span>
              <div class="pr-checklist__body">
                <div>
                  {name}
                  <span class="pr-sr"> — {t(item.isMet ? 'checklist.itemMet' : 'checklist.itemNotMet')}</span>
                  {item.need === 'recommended' && <span class="pr-muted"> · {t('checklist.recommended')}</span>}
                </div>
                {item.progress && figures && item.progress.target !== null ? (
                  <ProgressBar label={name} value={item.progress.value} target={item.progress.target} text={figures} isMet={item.isMet} />
                ) : (
                  figures && <div class="pr-muted">{figures}</div>
                )}
                {item.validUntil && <div class="pr-hint">{t('checklist.until', { date: i18n.date(item.validUntil) })}</div>}
              </div>
            </li>
          )
        })}
      </ul>
    </details>
  )
}
