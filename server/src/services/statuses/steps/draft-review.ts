import { randomUUID } from 'node:crypto'
import { AppError } from '../../../../../shared/src/contract'
import { todayIn } from '../../../domain/calendar/today-in'
import { parseHalfYear } from '../../../domain/statuses/parse-half-year'
import { publicationDate } from '../../../domain/statuses/publication-date'
import { isUniqueViolation } from '../../../store/create-db'
import type { Trx } from '../../../store/db'
import { deleteProposals, findReviewOfPeriod, insertProposals, insertReview, setReviewComputed } from '../../../store/queries/status-reviews'
import { appendAudit } from '../../audit'
import type { Actor } from '../../context'
import type { Deps } from '../../deps'
import { proposalsFor } from './proposals-for'

/**
 * Computes the half-year review of `periodId` (AG-3.3b): every authorized partner's purchase volume
 * and checklists for the half-year, and the status the rules propose. A draft is recomputed in
 * place; a confirmed review is final. Answers the review id.
 * @throws invalid_state before the half-year ends, once confirmed, or in a program without reviews.
 */
export const draftReview = async (
  trx: Trx,
  deps: Deps,
  { actor, now, periodId, includeProjectDeals = [] }: { actor: Actor | { kind: 'system' }; now: Date; periodId: string; includeProjectDeals?: string[] },
) => {
  const rules = deps.program.statusReview
  if (!rules) throw new AppError('invalid_state', 'This program has no half-year status reviews', { rule: 'AG-3.3b' })
  const period = parseHalfYear(periodId)
  const today = todayIn(deps.program.timeZone, now)
  if (today <= period.to)
    throw new AppError('invalid_state', `The half-year ${period.id} ends on ${period.to}: review it from the next day`, { rule: 'AG-3.3b' })
  const existing = await findReviewOfPeriod(trx, period.id, { lock: true })
  if (existing?.state === 'confirmed') throw new AppError('invalid_state', `The review of ${period.id} is confirmed and final`, { rule: 'AG-3.3b' })
  const id = existing?.id ?? randomUUID()
  const publicationOn = publicationDate({ periodTo: period.to, monthDays: rules.halfYearPublicationDates })
  if (existing) {
    await setReviewComputed(trx, { id, now })
    await deleteProposals(trx, id)
  } else {
    try {
      await insertReview(trx, {
        id,
        period: period.id,
        period_from: period.from,
        period_to: period.to,
        publication_on: publicationOn,
        state: 'draft',
        computed_at: now,
      })
    } catch (error) {
      if (isUniqueViolation(error))
        throw new AppError('invalid_state', `The review of ${period.id} is being computed right now: open it again in a moment`, { rule: 'AG-3.3b' })
      throw error
    }
  }
  const proposals = await proposalsFor(trx, deps, { period, include: new Set(includeProjectDeals) })
  await insertProposals(
    trx,
    proposals.map((p) => ({ ...p, review_id: id })),
  )
  await appendAudit(trx, actor, {
    action: existing ? 'review.recomputed' : 'review.computed',
    entity: 'review',
    entityId: id,
    after: { period: period.id, publicationOn, partners: proposals.length, includeProjectDeals },
  })
  return id
}
