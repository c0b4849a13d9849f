import type { ComponentChildren } from 'preact'
import type { TViolation } from '../../contract'
import { useI18n } from '../context'
import { Badge, Empty } from '../kit/status'
import { violationNote, violationVoidReason } from './violation-note'

/** Violations with their rule, source and date; voided ones stay visible, struck through (AT-4.1, X-4). */
export const ViolationList = ({
  violations,
  partnerNames,
  action,
}: {
  violations: TViolation[]
  /** Lists across partners name each violation's partner (the vendor's overview). */
  partnerNames?: Map<string, string>
  /** What staff may do to one (void it, AT-4.1). */
  action?: (violation: TViolation) => ComponentChildren
}) => {
  const i18n = useI18n()
  if (violations.length === 0) return <Empty>{i18n.t('overview.noViolations')}</Empty>
  return (
    <ul class="pr-list">
      {violations.map((violation) => {
        const ref = i18n.rule(violation.rule) ?? i18n.t('rule.unknown')
        return (
          <li key={violation.id} class={`pr-item${violation.voidedAt ? ' pr-item--voided' : ''}`}>
            <div class="pr-item__head">
              <Badge tone={violation.voidedAt ? 'muted' : 'bad'}>{ref}</Badge>
              <span class="pr-muted">{i18n.date(violation.occurredOn)}</span>
            </div>
            <div>{violationNote(i18n, violation)}</div>
            <div class="pr-muted">
              {partnerNames?.has(violation.partnerId) && `${partnerNames.get(violation.partnerId)} · `}
              {i18n.t(`violation.${violation.source}`)}
              {violation.invoiceNumber && ' · '}
              {/* An invoice number is one word: never broken at its hyphen in a narrow column. */}
              {violation.invoiceNumber && <span class="pr-nowrap">{i18n.t('invoice.title', { number: violation.invoiceNumber })}</span>}
            </div>
            {violation.voidedAt && <div class="pr-muted">{i18n.t('violation.voided', { reason: violationVoidReason(i18n, violation) })}</div>}
            {action?.(violation)}
          </li>
        )
      })}
    </ul>
  )
}
