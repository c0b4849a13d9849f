import { nextQuarterStart } from './next-quarter-start'
import { yearEndOf } from './year-end-of'

/**
 * The term of a status granted on application (AG-3.3a): from the first day of the quarter after
 * the approval to the end of that calendar year.
 */
export const applicationTerm = (approvedOn: string): { effectiveOn: string; validUntil: string } => {
  const effectiveOn = nextQuarterStart(approvedOn)
  return { effectiveOn, validUntil: yearEndOf(effectiveOn) }
}
