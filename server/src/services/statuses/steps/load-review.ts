import { AppError, type TChecklist, type TReview } from '../../../../../shared/src/contract'
import type { Program } from '../../../domain/program/program-schema'
import { rankOf } from '../../../domain/statuses/rank-of'
import type { Db } from '../../../store/db'
import { findReview, namedProposalsOf } from '../../../store/queries/status-reviews'
import { statusName } from '../../dto/to-partner'

export const changeOf = (program: Program, from: string, to: string) => {
  const delta = rankOf(program, to) - rankOf(program, from)
  return delta > 0 ? 'upgrade' : delta < 0 ? 'downgrade' : 'keep'
}

/** A half-year review with every partner's proposal, for the vendor's review screen (AG-3.3b). */
export const loadReview = async (db: Db, program: Program, id: string): Promise<TReview> => {
  const review = await findReview(db, id)
  if (!review) throw new AppError('not_found', 'No such review')
  const rows = await namedProposalsOf(db, id)
  return {
    id: review.id,
    period: review.period,
    from: review.period_from,
    to: review.period_to,
    publicationOn: review.publication_on,
    state: review.state,
    computedAt: review.computed_at.toISOString(),
    confirmedAt: review.confirmed_at?.toISOString() ?? null,
    proposals: rows.map((row) => ({
      partnerId: row.partner_id,
      partnerName: row.partner_name,
      currentStatus: row.current_status,
      currentStatusName: statusName(program, row.current_status),
      proposedStatus: row.proposed_status,
      proposedStatusName: statusName(program, row.proposed_status),
      eligible: row.eligible,
      change: changeOf(program, row.current_status, row.proposed_status),
      includeProjectDeals: row.include_project_deals,
      volumeKop: Number(row.volume_kop),
      projectDealsVolumeKop: Number(row.project_deals_volume_kop),
      countedVolumeKop: Number(row.volume_kop + (row.include_project_deals ? row.project_deals_volume_kop : 0n)),
      checklists: row.checklists as TChecklist[],
      decidedStatus: row.decided_status,
      decisionNote: row.decision_note,
    })),
  }
}
