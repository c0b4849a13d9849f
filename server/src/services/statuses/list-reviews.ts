import { allProposalOutcomes, allReviews } from '../../store/queries/status-reviews'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { changeOf } from './steps/load-review'

/** Every half-year review, newest first, with how many partners go up or down (AG-3.3b). */
export const listReviews = async (deps: Deps, _ctx: Ctx) => {
  const reviews = await allReviews(deps.db)
  const proposals = await allProposalOutcomes(deps.db)
  return {
    reviews: reviews.map((review) => {
      const own = proposals.filter((p) => p.review_id === review.id).map((p) => changeOf(deps.program, p.current_status, p.decided_status ?? p.proposed_status))
      return {
        id: review.id,
        period: review.period,
        from: review.period_from,
        to: review.period_to,
        publicationOn: review.publication_on,
        state: review.state,
        computedAt: review.computed_at.toISOString(),
        confirmedAt: review.confirmed_at?.toISOString() ?? null,
        partners: own.length,
        upgrades: own.filter((c) => c === 'upgrade').length,
        downgrades: own.filter((c) => c === 'downgrade').length,
      }
    }),
  }
}
