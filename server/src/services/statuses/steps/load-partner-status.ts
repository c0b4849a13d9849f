import type { TPartnerStatusResponse } from '../../../../../shared/src/contract'
import { todayIn } from '../../../domain/calendar/today-in'
import { effectiveStatus } from '../../../domain/partners/partner-terms'
import { checklistsFor } from '../../../domain/statuses/checklists-for'
import { halfYearOf } from '../../../domain/statuses/half-year-of'
import { privilegesFor } from '../../../domain/statuses/privileges-for'
import { nextPublicationDate } from '../../../domain/statuses/publication-date'
import { rankOf } from '../../../domain/statuses/rank-of'
import { statusExplanations } from '../../../domain/statuses/status-explanations'
import { thresholdsOf } from '../../../domain/statuses/thresholds-of'
import type { Db } from '../../../store/db'
import { getPartner } from '../../../store/queries/partners'
import { evidenceOf, latestApplications, pendingChangesOf, statusHistoryOf } from '../../../store/queries/statuses'
import { violationsOfPartner } from '../../../store/queries/violations'
import type { Deps } from '../../deps'
import { toEvidence } from '../../dto/to-evidence'
import { statusName, toPartnerFacts } from '../../dto/to-partner'
import { toStatusApplication } from '../../dto/to-status-application'
import { toStatusChange } from '../../dto/to-status-change'
import { toSystemReason } from '../../dto/to-system-reason'
import { toJson } from '../../json'
import { canApplyFor } from './can-apply-for'
import { checklistFacts } from './checklist-facts'
import { networkOf } from './network-of'

const RECENT = 20

/**
 * A partner's status as of `now` (AG-3, AG-REQ, AG-PRIV): validity, history, pending changes and
 * applications, the checklists of its status and every status above it against the current
 * half-year, and the privileges of the status it is priced at.
 */
export const loadPartnerStatus = async (db: Db, deps: Deps, { partnerId, now }: { partnerId: string; now: Date }): Promise<TPartnerStatusResponse> => {
  const { program } = deps
  const today = todayIn(program.timeZone, now)
  const partner = await getPartner(db, partnerId)
  const period = halfYearOf(today)
  const { facts, volume } = await checklistFacts(db, deps, { partner, asOf: today, period })
  const thresholds = thresholdsOf(partner.volume_thresholds)
  const rank = rankOf(program, partner.status)
  const upward = program.statuses
    .filter((s) => s.rank >= rank)
    .sort((a, b) => a.rank - b.rank)
    .map((s) => s.id)
  const effective = effectiveStatus(program, toPartnerFacts(partner))
  const history = await statusHistoryOf(db, partnerId, RECENT)
  const pending = await pendingChangesOf(db, partnerId)
  const applications = await latestApplications(db, { partnerId, limit: RECENT })
  const evidence = await evidenceOf(db, partnerId)
  const violations = await violationsOfPartner(db, partnerId)
  // The renewal passes judge the current status's own column with the renewal scope (AG-3.2, AG-3.3a).
  const [renewal] = checklistsFor({ program, statuses: [partner.status], facts, thresholds, scope: 'renewal' })
  const explanations = statusExplanations({
    status: partner.status,
    effectiveStatus: effective,
    liveViolationDates: violations.filter((v) => v.voided_at === null).map((v) => v.occurred_on),
    certificateValidUntil: partner.certificate_valid_until,
    statusValidUntil: partner.status_valid_until,
    flaggedKinds: partner.renewal_flags.map((flag) => flag.kind),
    renewalMissing: renewal?.missing ?? [],
  })
  const parent = partner.parent_partner_id ? await getPartner(db, partner.parent_partner_id) : null
  return {
    partnerId,
    partnerName: partner.name,
    status: partner.status,
    statusName: statusName(program, partner.status),
    effectiveStatus: effective,
    partnerState: partner.state,
    statusRule: program.violations.statusRule,
    explanations,
    agreementSignedOn: partner.agreement_signed_on,
    authorizedOn: partner.authorized_on,
    certificateValidUntil: partner.certificate_valid_until,
    statusValidUntil: partner.status_valid_until,
    renewalFlags: partner.renewal_flags,
    nextReviewOn: program.statusReview ? nextPublicationDate({ today, monthDays: program.statusReview.halfYearPublicationDates }) : null,
    pendingChanges: pending.map((row) => toStatusChange(program, row)),
    applications: applications.map((row) => toStatusApplication(program, row)),
    canApplyFor: await canApplyFor(db, deps, partner),
    history: history.map((row) => ({
      fromStatus: row.from_status,
      toStatus: row.to_status,
      toStatusName: statusName(program, row.to_status),
      effectiveOn: row.effective_on,
      validUntil: row.valid_until,
      source: row.source,
      reason: row.reason,
      systemReason: toSystemReason(row),
      recordedAt: row.recorded_at.toISOString(),
    })),
    volume: { period: period.id, from: period.from, to: period.to, basis: program.statusReview?.volumeBasis ?? 'payable', ...toJson(volume) },
    thresholds: Object.entries(program.requirements ?? {}).flatMap(([status, column]) =>
      column.halfYearVolumeKop === null
        ? []
        : [
            {
              status,
              statusName: statusName(program, status),
              thresholdKop: Number(thresholds[status] ?? column.halfYearVolumeKop),
              isIndividual: status in thresholds,
            },
          ],
    ),
    checklists: toJson(checklistsFor({ program, statuses: upward, facts, thresholds })),
    evidence: evidence.map(toEvidence),
    network: await networkOf(db, deps, partner),
    parentPartner: parent ? { id: parent.id, name: parent.name } : null,
    privileges: privilegesFor(program, effective),
  }
}
