import type { TPartnerStatusResponse, TStatusExplanation } from '../../contract/statuses'
import { Notice } from '../kit/notice'
import { type StatusText, useStatusText } from './use-status-text'

/** One explanation the relay computed, in words with its dates (AG-1.5, AG-3.2, AG-3.3a). */
export const explanationWords = (text: StatusText, status: TPartnerStatusResponse, explanation: TStatusExplanation): string => {
  const { t, i18n, label } = text
  if (explanation.code === 'discountDowngraded') {
    return t('status.why.downgraded', {
      status: text.status(status.effectiveStatus),
      own: text.status(status.status, status.statusName),
      since: i18n.date(explanation.params.since),
      count: explanation.params.violations,
    })
  }
  const { kind, validUntil, checkOn, missing } = explanation.params
  const outcome = explanation.code === 'renewsIfHeld' ? 'ok' : 'risk'
  return t(`status.why.${kind}.${outcome}`, {
    until: i18n.date(validUntil),
    check: i18n.date(checkOn),
    count: missing.length,
    missing: missing.map((id) => label('req', id)).join(', '),
  })
}

/**
 * Beside the status and its dates: why discounts follow another status and what each term's end
 * brings, as the relay decided it; without an explanation the bare difference is still said.
 */
export const StatusExplanations = ({ status }: { status: TPartnerStatusResponse }) => {
  const text = useStatusText()
  const explained = status.explanations.some((explanation) => explanation.code === 'discountDowngraded')
  return (
    <>
      {status.effectiveStatus !== status.status && !explained && (
        <p class="pr-muted">{text.t('status.effective', { status: text.status(status.effectiveStatus) })}</p>
      )}
      {status.explanations.map((explanation) => (
        <Notice
          key={explanation.code + ('kind' in explanation.params ? explanation.params.kind : '')}
          kind={explanation.code === 'renewsIfHeld' ? 'info' : 'warning'}
        >
          <span data-rule={explanation.rule}>{explanationWords(text, status, explanation)}</span>
        </Notice>
      ))}
    </>
  )
}
