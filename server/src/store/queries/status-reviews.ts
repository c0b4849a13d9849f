import type { Insertable } from 'kysely'
import type { Db, Trx } from '../db'
import type { Database } from '../schema'

/** Every half-year review, newest first (AG-3.3b). */
export const allReviews = (db: Db) => db.selectFrom('status_reviews').selectAll().orderBy('period', 'desc').execute()

/** Every proposal's statuses, to count the ups and downs of each review. */
export const allProposalOutcomes = (db: Db) =>
  db.selectFrom('review_proposals').select(['review_id', 'current_status', 'proposed_status', 'decided_status']).execute()

export const findReview = (db: Db, id: string) => db.selectFrom('status_reviews').selectAll().where('id', '=', id).executeTakeFirst()

export const lockReview = (trx: Trx, id: string) => trx.selectFrom('status_reviews').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()

/** The review of a half-year, if computed; locked when asked, so two computations queue up. */
export const findReviewOfPeriod = (db: Db, period: string, { lock = false }: { lock?: boolean } = {}) => {
  const query = db.selectFrom('status_reviews').selectAll().where('period', '=', period)
  return (lock ? query.forUpdate() : query).executeTakeFirst()
}

export const insertReview = async (trx: Trx, values: Insertable<Database['status_reviews']>) => {
  await trx.insertInto('status_reviews').values(values).execute()
}

export const setReviewComputed = async (trx: Trx, { id, now }: { id: string; now: Date }) => {
  await trx.updateTable('status_reviews').set({ computed_at: now }).where('id', '=', id).execute()
}

export const setReviewConfirmed = async (trx: Trx, { id, now }: { id: string; now: Date }) => {
  await trx.updateTable('status_reviews').set({ state: 'confirmed', confirmed_at: now }).where('id', '=', id).execute()
}

export type NewProposal = Insertable<Database['review_proposals']>

/** A review's proposals, by partner as stored. */
export const proposalsOf = (db: Db, reviewId: string) => db.selectFrom('review_proposals').selectAll().where('review_id', '=', reviewId).execute()

/** A review's proposals with each partner's name, by name. */
export const namedProposalsOf = (db: Db, reviewId: string) =>
  db
    .selectFrom('review_proposals')
    .innerJoin('partners', 'partners.id', 'review_proposals.partner_id')
    .selectAll('review_proposals')
    .select('partners.name as partner_name')
    .where('review_id', '=', reviewId)
    .orderBy('partners.name')
    .execute()

/** Writes a review's proposals; nothing for an empty list. */
export const insertProposals = async (trx: Trx, proposals: NewProposal[]) => {
  if (proposals.length > 0) await trx.insertInto('review_proposals').values(proposals).execute()
}

export const deleteProposals = async (trx: Trx, reviewId: string) => {
  await trx.deleteFrom('review_proposals').where('review_id', '=', reviewId).execute()
}

export const setProposalDecision = async (
  trx: Trx,
  { reviewId, partnerId, status, note }: { reviewId: string; partnerId: string; status: string; note: string | null },
) => {
  await trx
    .updateTable('review_proposals')
    .set({ decided_status: status, decision_note: note })
    .where('review_id', '=', reviewId)
    .where('partner_id', '=', partnerId)
    .execute()
}
