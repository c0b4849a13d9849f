import { z } from 'zod/mini'
import { ZDate, ZId, ZKop, ZText, ZTimestamp } from './common'
import { ZChecklist, ZHalfYear } from './statuses'

/** One partner's line of a half-year review (AG-3.3b): the figures, what the rules propose, the decision. */
export const ZReviewProposal = z.object({
  partnerId: ZId,
  partnerName: z.string(),
  currentStatus: z.string(),
  currentStatusName: z.string(),
  proposedStatus: z.string(),
  proposedStatusName: z.string(),
  /** Every review status whose requirements the partner met. */
  eligible: z.array(z.string()),
  change: z.enum(['upgrade', 'downgrade', 'keep']),
  includeProjectDeals: z.boolean(),
  volumeKop: ZKop,
  projectDealsVolumeKop: ZKop,
  /** What the thresholds were compared with. */
  countedVolumeKop: ZKop,
  checklists: z.array(ZChecklist),
  decidedStatus: z.nullable(z.string()),
  decisionNote: z.nullable(z.string()),
})
export type TReviewProposal = z.infer<typeof ZReviewProposal>

const reviewFields = {
  id: ZId,
  period: ZHalfYear,
  from: ZDate,
  to: ZDate,
  /** The lists take effect on this date (or on confirmation, when confirmed later). */
  publicationOn: ZDate,
  state: z.enum(['draft', 'confirmed']),
  computedAt: ZTimestamp,
  confirmedAt: z.nullable(ZTimestamp),
}
export const ZReviewSummary = z.object({ ...reviewFields, partners: z.int(), upgrades: z.int(), downgrades: z.int() })
export const ZReview = z.object({ ...reviewFields, proposals: z.array(ZReviewProposal) })
export type TReview = z.infer<typeof ZReview>

export const ZComputeReviewRequest = z.strictObject({
  period: ZHalfYear,
  /** Partners whose project deals count toward their volume (AG-REQ **). */
  includeProjectDeals: z.optional(z.array(ZId).check(z.maxLength(1000))),
})
export const ZConfirmReviewRequest = z.strictObject({
  /** Overrides of the proposals; partners left out take the proposed status. */
  decisions: z.optional(z.array(z.strictObject({ partnerId: ZId, status: ZText(64), note: z.optional(ZText(2000)) })).check(z.maxLength(1000))),
})
export const ZReviewEnvelope = z.object({ review: ZReview })
export const ZReviewListResponse = z.object({ reviews: z.array(ZReviewSummary) })
