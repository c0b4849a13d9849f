import { AppError } from '../../../../shared/src/contract'
import { findStatus } from '../../domain/program/find-status'
import { statusValidUntil } from '../../domain/statuses/status-valid-until'
import { reviewConfirmedReason } from '../../domain/statuses/system-reasons'
import { lockPartner } from '../../store/queries/partners'
import { lockReview, proposalsOf, setProposalDecision, setReviewConfirmed } from '../../store/queries/status-reviews'
import { appendAudit } from '../audit'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { runWrite } from '../run-write'
import { today } from '../today'
import { loadReview } from './steps/load-review'
import { scheduleStatusChange } from './steps/schedule-status-change'

type Decision = { partnerId: string; status: string; note?: string }

/**
 * Vendor staff confirm a half-year review (AG-3.3b): each partner gets the proposed status unless
 * a decision names another. Every change and every review status kept is scheduled for the
 * publication date (30 January, 30 July), or today when confirmed after it; the list is final.
 * @throws invalid_state once confirmed; invalid_request for a decision on a partner not under review or an unknown status.
 */
export const confirmReview = (deps: Deps, ctx: Ctx, id: string, body: { decisions?: Decision[] }) =>
  runWrite(deps, ctx, { route: 'confirmReview', params: { id }, body }, async (trx) => {
    const review = await lockReview(trx, id)
    if (!review) throw new AppError('not_found', 'No such review')
    if (review.state === 'confirmed') throw new AppError('invalid_state', `The review of ${review.period} is already confirmed`, { rule: 'AG-3.3b' })
    const proposals = await proposalsOf(trx, id)
    const decisions = new Map((body.decisions ?? []).map((d) => [d.partnerId, d]))
    const stray = [...decisions.keys()].filter((partnerId) => !proposals.some((p) => p.partner_id === partnerId))
    if (stray.length > 0) throw new AppError('invalid_request', `Not under review in ${review.period}: ${stray.join(', ')}`, { rule: 'AG-3.3b' })
    for (const decision of decisions.values()) findStatus(deps.program, decision.status)
    const day = today(deps, ctx)
    const effectiveOn = review.publication_on > day ? review.publication_on : day
    const reviewStatuses = deps.program.statusReview?.statuses ?? []
    for (const proposal of proposals) {
      const decision = decisions.get(proposal.partner_id)
      const status = decision?.status ?? proposal.proposed_status
      await setProposalDecision(trx, { reviewId: id, partnerId: proposal.partner_id, status, note: decision?.note ?? null })
      const partner = await lockPartner(trx, proposal.partner_id)
      if (partner.state === 'expelled' || (status === partner.status && !reviewStatuses.includes(status))) continue
      await scheduleStatusChange(trx, deps, {
        actor: ctx.actor,
        now: ctx.now,
        today: day,
        partnerId: partner.id,
        fromStatus: partner.status,
        toStatus: status,
        effectiveOn,
        validUntil: statusValidUntil({ program: deps.program, status, effectiveOn }),
        source: 'review',
        sourceId: id,
        ...(decision?.note ? { reason: decision.note } : reviewConfirmedReason({ period: review.period, publicationOn: review.publication_on })),
      })
    }
    await setReviewConfirmed(trx, { id, now: ctx.now })
    await appendAudit(trx, ctx.actor, {
      action: 'review.confirmed',
      entity: 'review',
      entityId: id,
      after: { period: review.period, effectiveOn, decisions: body.decisions ?? [] },
    })
    return { review: await loadReview(trx, deps.program, id) }
  })
