import { z } from 'zod'
import { ZDate, ZId, ZKop, ZText, ZTimestamp } from './common'

/** What vendor staff record evidence of (AG-REQ); a marketing event is one record per event. */
export const EVIDENCE_REQUIREMENTS = [
  'website',
  'certifiedSales',
  'certifiedTechnical',
  'customerTestimonial',
  'jointSupportServices',
  'demoStand',
  'marketingEvent',
  'annualBusinessPlan',
  'partnerReporting',
] as const
export const ZEvidenceRequirement = z.enum(EVIDENCE_REQUIREMENTS)
export type TEvidenceRequirement = z.infer<typeof ZEvidenceRequirement>

/** The rows of a requirement checklist, in the order of the AG-REQ table. */
export const CHECKLIST_REQUIREMENTS = [
  'website',
  'certifiedSales',
  'certifiedTechnical',
  'customerTestimonial',
  'jointSupportServices',
  'demoStand',
  'marketingEventsPerHalfYear',
  'tenureMonths',
  'annualBusinessPlan',
  'partnerReporting',
  'halfYearVolumeKop',
  'networkSize',
] as const
export type TChecklistRequirement = (typeof CHECKLIST_REQUIREMENTS)[number]

export const ZPrivilegeValue = z.union([z.boolean(), z.literal('on-request')])
/** One AG-PRIV row for the partner's status: granted, not granted, or granted on request. */
export const ZPrivilege = z.object({ id: z.string(), value: ZPrivilegeValue })
export type TPrivilege = z.infer<typeof ZPrivilege>

/** A bar: kopecks of purchase volume, a count (events, network members) or months of tenure. */
export const ZProgress = z.object({ unit: z.enum(['kop', 'count', 'months']), value: z.number(), target: z.number().nullable() })
export const ZChecklistItem = z.object({
  requirement: z.enum(CHECKLIST_REQUIREMENTS),
  need: z.enum(['required', 'recommended']),
  isMet: z.boolean(),
  progress: ZProgress.nullable(),
  /** The evidence holds until this date (null: open-ended, or not held). */
  validUntil: ZDate.nullable(),
})
export const ZChecklist = z.object({
  status: z.string(),
  statusName: z.string(),
  isMet: z.boolean(),
  /** The required rows not met. */
  missing: z.array(z.string()),
  items: z.array(ZChecklistItem),
})
export type TChecklist = z.infer<typeof ZChecklist>

export const ZStatusSource = z.enum(['created', 'authorization', 'application', 'review', 'staff', 'renewal'])
export const ZStatusHistoryEntry = z.object({
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  toStatusName: z.string(),
  effectiveOn: ZDate,
  validUntil: ZDate.nullable(),
  source: ZStatusSource,
  reason: z.string().nullable(),
  recordedAt: ZTimestamp,
})

/** A status change decided now and taking effect on `effectiveOn` (a quarter start, a publication date). */
export const ZStatusChange = z.object({
  id: ZId,
  partnerId: ZId,
  partnerName: z.string(),
  fromStatus: z.string(),
  toStatus: z.string(),
  toStatusName: z.string(),
  effectiveOn: ZDate,
  validUntil: ZDate.nullable(),
  source: z.enum(['application', 'review', 'staff']),
  reason: z.string().nullable(),
  state: z.enum(['pending', 'applied', 'superseded', 'cancelled']),
  createdAt: ZTimestamp,
})
export type TStatusChange = z.infer<typeof ZStatusChange>

/** A yearly renewal that did not go through automatically (AG-3.2, AG-3.3a): what is missing. */
export const ZRenewalFlag = z.object({
  kind: z.enum(['certificate', 'status']),
  dueOn: ZDate,
  flaggedOn: ZDate,
  missing: z.array(z.string()),
})

export const ZEvidence = z.object({
  id: ZId,
  partnerId: ZId,
  requirement: ZEvidenceRequirement,
  recordedOn: ZDate,
  validUntil: ZDate.nullable(),
  note: z.string(),
  recordedBy: z.string(),
  voidedAt: ZTimestamp.nullable(),
  voidReason: z.string().nullable(),
  createdAt: ZTimestamp,
})

export const ZVolume = z.object({
  /** '2026-H1' */
  period: z.string(),
  from: ZDate,
  to: ZDate,
  basis: z.enum(['list', 'payable']),
  /** Transfers received in the period, counted categories only, project deals excluded. */
  volumeKop: ZKop,
  /** Project deals in the same period: they count only when vendor staff include them. */
  projectDealsVolumeKop: ZKop,
})
export const ZThreshold = z.object({ status: z.string(), statusName: z.string(), thresholdKop: ZKop, isIndividual: z.boolean() })
export const ZNetwork = z.object({
  required: z.number().int().nullable(),
  counted: z.number().int(),
  members: z.array(z.object({ id: ZId, name: z.string(), status: z.string(), isCounted: z.boolean() })),
})

export const ZStatusApplication = z.object({
  id: ZId,
  partnerId: ZId,
  partnerName: z.string(),
  status: z.string(),
  statusName: z.string(),
  state: z.enum(['pending', 'approved', 'refused']),
  appliedOn: ZDate,
  note: z.string().nullable(),
  /** The requirements as they stood when the partner applied. */
  checklist: ZChecklist,
  decidedAt: ZTimestamp.nullable(),
  decisionNote: z.string().nullable(),
  effectiveOn: ZDate.nullable(),
  validUntil: ZDate.nullable(),
})
export type TStatusApplication = z.infer<typeof ZStatusApplication>

/** Everything about a partner's status: for vendor staff, or for that partner itself. */
export const ZPartnerStatusResponse = z.object({
  partnerId: ZId,
  partnerName: z.string(),
  status: z.string(),
  statusName: z.string(),
  effectiveStatus: z.string(),
  agreementSignedOn: ZDate.nullable(),
  authorizedOn: ZDate.nullable(),
  certificateValidUntil: ZDate.nullable(),
  statusValidUntil: ZDate.nullable(),
  renewalFlags: z.array(ZRenewalFlag),
  /** The next publication date of the half-year lists (AG-3.3b). */
  nextReviewOn: ZDate.nullable(),
  pendingChanges: z.array(ZStatusChange),
  applications: z.array(ZStatusApplication),
  /** Statuses the partner may apply for today (AG-3.3a). */
  canApplyFor: z.array(z.string()),
  history: z.array(ZStatusHistoryEntry),
  volume: ZVolume,
  thresholds: z.array(ZThreshold),
  /** The checklist of the current status and of every status above it. */
  checklists: z.array(ZChecklist),
  evidence: z.array(ZEvidence),
  network: ZNetwork.nullable(),
  parentPartner: z.object({ id: ZId, name: z.string() }).nullable(),
  privileges: z.array(ZPrivilege),
})
export type TPartnerStatusResponse = z.infer<typeof ZPartnerStatusResponse>

export const ZAgreementRequest = z.strictObject({ signedOn: ZDate })
export const ZRecordEvidenceRequest = z.strictObject({
  requirement: ZEvidenceRequirement,
  /** The date of the certificate, event, report or check. */
  recordedOn: ZDate,
  validUntil: ZDate.optional(),
  note: ZText(2000),
})
export type TRecordEvidenceRequest = z.infer<typeof ZRecordEvidenceRequest>
export const ZVoidEvidenceRequest = z.strictObject({ reason: ZText(2000) })
/** Individual half-year volume thresholds by status (AG-REQ ***); a status left out uses the program's. */
export const ZThresholdsRequest = z.strictObject({ thresholds: z.record(z.string(), ZKop.min(0)) })
export const ZNetworkParentRequest = z.strictObject({ parentPartnerId: ZId.nullable() })
export const ZStatusChangeRequest = z.strictObject({ status: ZText(64), effectiveOn: ZDate.optional(), reason: ZText(2000) })
export const ZReasonRequest = z.strictObject({ reason: ZText(2000) })
export const ZNoteRequest = z.strictObject({ note: ZText(2000).optional() })

export const ZApplyForStatusRequest = z.strictObject({ status: ZText(64), note: ZText(2000).optional() })
export const ZStatusApplicationEnvelope = z.object({ application: ZStatusApplication })
export const ZStatusApplicationListResponse = z.object({ applications: z.array(ZStatusApplication) })

/** What waits for vendor staff about statuses. */
export const ZStatusBoardResponse = z.object({
  flagged: z.array(z.object({ partnerId: ZId, partnerName: z.string(), status: z.string(), statusName: z.string(), renewalFlags: z.array(ZRenewalFlag) })),
  pendingApplications: z.array(ZStatusApplication),
  pendingChanges: z.array(ZStatusChange),
})
