import type { ChecklistFacts } from '../../../domain/statuses/evaluate-checklist'
import { volumeOf } from '../../../domain/statuses/volume-of'
import type { Db } from '../../../store/db'
import type { PartnerRow } from '../../../store/queries/partners'
import { countedNetworkSizes, liveEvidence, settledInvoicesIn } from '../../../store/queries/statuses'
import type { Deps } from '../../deps'

/**
 * What one partner's checklists are judged on (AG-REQ): its live evidence, its purchase volume in
 * the period (project deals counted only when asked, footnote **), its network and tenure.
 */
export const checklistFacts = async (
  db: Db,
  deps: Deps,
  {
    partner,
    asOf,
    period,
    includeProjectDeals = false,
  }: { partner: PartnerRow; asOf: string; period: { from: string; to: string }; includeProjectDeals?: boolean },
) => {
  const evidence = await liveEvidence(db, partner.id)
  const volume = volumeOf(deps.program, await settledInvoicesIn(db, { ...period, partnerId: partner.id }), period)
  const network = await countedNetworkSizes(db, partner.id)
  const facts: ChecklistFacts = {
    asOf,
    period,
    evidence: evidence.map((e) => ({ requirement: e.requirement, recordedOn: e.recorded_on, validUntil: e.valid_until })),
    volumeKop: volume.volumeKop + (includeProjectDeals ? volume.projectDealsVolumeKop : 0n),
    cooperationSince: partner.agreement_signed_on ?? partner.authorized_on,
    networkSize: network.get(partner.id) ?? 0,
  }
  return { facts, volume }
}
