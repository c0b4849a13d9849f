import type { TStatusExplanation } from '../../../../shared/src/contract/statuses'
import { addDays } from '../invoices/add-months'
import type { RenewalKind } from './due-renewals'

type Facts = {
  status: string
  effectiveStatus: string
  /** The dates the partner's live violations occurred on (AG-1.5). */
  liveViolationDates: string[]
  certificateValidUntil: string | null
  statusValidUntil: string | null
  /** The kinds of renewal already held back for vendor staff: their own notice says why. */
  flaggedKinds: RenewalKind[]
  /** The required rows of the current status's renewal checklist that are not met today. */
  renewalMissing: string[]
}

/**
 * Why what the status tab shows side by side differs, each with the date it changes, so the widget
 * never guesses: discounts priced one status down while a violation stands (AG-1.5: until vendor
 * staff void it, no date of its own), and what happens when a yearly term ends — renewed on its own
 * if the requirements hold that day, otherwise held for vendor staff, who may lower the status
 * (AG-3.2 for the certificate on 31 January, AG-3.3a for a Silver term the day after 31 December).
 */
export const statusExplanations = (facts: Facts): TStatusExplanation[] => {
  const explanations: TStatusExplanation[] = []
  if (facts.effectiveStatus !== facts.status && facts.liveViolationDates.length > 0) {
    const since = [...facts.liveViolationDates].sort()[0]
    explanations.push({ code: 'discountDowngraded', rule: 'AG-1.5', params: { since, violations: facts.liveViolationDates.length } })
  }
  const terms: [RenewalKind, string | null, string, string][] = [
    // The status term ends on its last day and is checked the day after (AG-3.3a).
    ['status', facts.statusValidUntil, facts.statusValidUntil ? addDays(facts.statusValidUntil, 1) : '', 'AG-3.3a'],
    // The certificate is checked on its last day, 31 January (AG-3.2).
    ['certificate', facts.certificateValidUntil, facts.certificateValidUntil ?? '', 'AG-3.2'],
  ]
  for (const [kind, validUntil, checkOn, rule] of terms) {
    if (!validUntil || facts.flaggedKinds.includes(kind)) continue
    const missing = facts.renewalMissing
    explanations.push({
      code: missing.length === 0 ? 'renewsIfHeld' : 'renewalAtRisk',
      rule,
      params: { kind, validUntil, checkOn, missing },
    })
  }
  return explanations
}
