import { checklistsFor } from '../../../domain/statuses/checklists-for'
import type { HalfYear } from '../../../domain/statuses/half-year-of'
import { proposeStatus } from '../../../domain/statuses/propose-status'
import { thresholdsOf } from '../../../domain/statuses/thresholds-of'
import { volumeOf } from '../../../domain/statuses/volume-of'
import type { Trx } from '../../../store/db'
import { partnersUnderReview } from '../../../store/queries/partners'
import { countedNetworkSizes, liveEvidence, settledInvoicesIn } from '../../../store/queries/statuses'
import type { Deps } from '../../deps'
import { toJson } from '../../json'

/**
 * One proposal per partner under review (AG-3.3b): authorized partners and holders of a review
 * status, not expelled. Volume, events and evidence are judged on the half-year, tenure up to its
 * last day; project deals count for the partners vendor staff name (AG-REQ **).
 */
export const proposalsFor = async (trx: Trx, deps: Deps, { period, include }: { period: HalfYear; include: ReadonlySet<string> }) => {
  const { program } = deps
  const reviewStatuses = program.statusReview?.statuses ?? []
  const partners = await partnersUnderReview(trx, reviewStatuses)
  const evidence = await liveEvidence(trx)
  const invoices = await settledInvoicesIn(trx, period)
  const networks = await countedNetworkSizes(trx)
  const judged = Object.keys(program.requirements ?? {})
  return partners.map((partner) => {
    const volume = volumeOf(
      program,
      invoices.filter((i) => i.partner_id === partner.id),
      period,
    )
    const includeProjectDeals = include.has(partner.id)
    const facts = {
      asOf: period.to,
      period,
      evidence: evidence
        .filter((e) => e.partner_id === partner.id)
        .map((e) => ({ requirement: e.requirement, recordedOn: e.recorded_on, validUntil: e.valid_until })),
      volumeKop: volume.volumeKop + (includeProjectDeals ? volume.projectDealsVolumeKop : 0n),
      cooperationSince: partner.agreement_signed_on ?? partner.authorized_on,
      networkSize: networks.get(partner.id) ?? 0,
    }
    const checklists = checklistsFor({ program, statuses: judged, facts, thresholds: thresholdsOf(partner.volume_thresholds) })
    const { proposed, eligible } = proposeStatus({ program, current: partner.status, isMet: Object.fromEntries(checklists.map((c) => [c.status, c.isMet])) })
    return {
      partner_id: partner.id,
      current_status: partner.status,
      proposed_status: proposed,
      eligible: JSON.stringify(eligible),
      include_project_deals: includeProjectDeals,
      volume_kop: volume.volumeKop,
      project_deals_volume_kop: volume.projectDealsVolumeKop,
      checklists: JSON.stringify(toJson(checklists)),
    }
  })
}
