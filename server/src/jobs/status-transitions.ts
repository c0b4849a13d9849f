import { todayIn } from '../domain/calendar/today-in'
import { lastCompletedHalfYear } from '../domain/statuses/last-completed-half-year'
import type { Deps } from '../services/deps'
import { expireRegistrations } from '../services/registrations/steps/expire-registrations'
import { applyDueChanges } from '../services/statuses/steps/apply-due-changes'
import { draftReview } from '../services/statuses/steps/draft-review'
import { runRenewals } from '../services/statuses/steps/run-renewals'
import { withAdvisoryLock } from '../store/advisory-lock'
import type { Trx } from '../store/db'
import { findReviewOfPeriod } from '../store/queries/status-reviews'

// One key per job kind (scan-overdue is 0x5052_0001).
const STATUS_TRANSITIONS_LOCK = 0x5052_0002

/** A draft of the last half-year's review waits for vendor staff once the half-year is over (AG-3.3b). */
const draftDueReview = async (trx: Trx, deps: Deps, { now, today }: { now: Date; today: string }) => {
  if (!deps.program.statusReview) return false
  const period = lastCompletedHalfYear(today)
  const existing = await findReviewOfPeriod(trx, period.id)
  if (existing) return false
  await draftReview(trx, deps, { actor: { kind: 'system' }, now, periodId: period.id })
  return true
}

/**
 * The time-based status transitions, in date order of what they depend on: scheduled changes that
 * are due (quarter starts, publication dates), the yearly renewals (1 January, 31 January), the
 * end of deal protections (AG-4), and the draft of a finished half-year's review. Every step is
 * idempotent and the advisory lock lets one relay at a time run the pass, so running it twice, or
 * on several relays, changes nothing more.
 */
export const statusTransitions = async (deps: Deps, now: Date) => {
  const today = todayIn(deps.program.timeZone, now)
  const outcome = await withAdvisoryLock(deps.db, STATUS_TRANSITIONS_LOCK, async (trx) => {
    const applied = await applyDueChanges(trx, deps, { now, today })
    const { renewed, flagged } = await runRenewals(trx, deps, { now, today })
    const expired = await expireRegistrations(trx, { now, today })
    const reviewDrafted = await draftDueReview(trx, deps, { now, today })
    return { applied, renewed, flagged, expired, reviewDrafted }
  })
  return { ran: outcome.ran, ...(outcome.result ?? { applied: 0, renewed: 0, flagged: 0, expired: 0, reviewDrafted: false }) }
}
