import { z } from 'zod/mini'
import { ZDate, ZId, ZKop, ZPartnerState, ZText, ZTimestamp } from './common'
import { ZPrivilege } from './privileges'

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

export { type TPrivilege, ZPrivilege, ZPrivilegeValue } from './privileges'

/** A bar: kopecks of purchase volume, a count (events, network members) or months of tenure. */
export const ZProgress = z.object({ unit: z.enum(['kop', 'count', 'months']), value: z.number(), target: z.nullable(z.number()) })
export const ZChecklistItem = z.object({
  requirement: z.enum(CHECKLIST_REQUIREMENTS),
  need: z.enum(['required', 'recommended']),
  isMet: z.boolean(),
  progress: z.nullable(ZProgress),
  /** The evidence holds until this date (null: open-ended, or not held). */
  validUntil: z.nullable(ZDate),
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

/** A half-year of the reviews (AG-3.3b): 2026-H1 is January to June, 2026-H2 July to December. */
export const ZHalfYear = z.string().check(z.regex(/^\d{4}-H[12]$/, 'A half-year such as 2026-H1'))

export const ZStatusSource = z.enum(['created', 'authorization', 'application', 'review', 'staff', 'renewal'])

/**
 * A reason the relay words itself, as a code with the facts it names, so the widget says it in the
 * user's language; `reason` beside it keeps the English text for the audit trail and API readers.
 * Absent when vendor staff wrote the reason: that text is shown as written.
 */
export const ZSystemReason = z.discriminatedUnion('code', [
  /** The status the vendor entered the partner with. */
  z.object({ code: z.literal('entered'), params: z.object({}) }),
  /** AG-3.1: the agreement and the one-time purchase's transfer. */
  z.object({ code: z.literal('authorized'), params: z.object({ agreementSignedOn: ZDate, invoiceNumber: z.string(), transferReceivedOn: ZDate }) }),
  /** AG-3.3a: an application approved without a note. */
  z.object({ code: z.literal('applicationApproved'), params: z.object({ appliedOn: ZDate, approvedOn: ZDate }) }),
  /** AG-3.3b: the half-year lists ('2026-H1') confirmed without a note. */
  z.object({ code: z.literal('reviewConfirmed'), params: z.object({ period: ZHalfYear, publicationOn: ZDate }) }),
  /** A scheduled change that came with no reason of its own. */
  z.object({ code: z.literal('scheduled'), params: z.object({ effectiveOn: ZDate }) }),
  /** AG-3.3a: the yearly check found the status's requirements held. */
  z.object({ code: z.literal('requirementsHeld'), params: z.object({ checkedOn: ZDate }) }),
])
export type TSystemReason = z.infer<typeof ZSystemReason>

export const ZStatusHistoryEntry = z.object({
  fromStatus: z.nullable(z.string()),
  toStatus: z.string(),
  toStatusName: z.string(),
  effectiveOn: ZDate,
  validUntil: z.nullable(ZDate),
  source: ZStatusSource,
  reason: z.nullable(z.string()),
  systemReason: z.optional(ZSystemReason),
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
  validUntil: z.nullable(ZDate),
  source: z.enum(['application', 'review', 'staff']),
  reason: z.nullable(z.string()),
  systemReason: z.optional(ZSystemReason),
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
  validUntil: z.nullable(ZDate),
  note: z.string(),
  recordedBy: z.string(),
  voidedAt: z.nullable(ZTimestamp),
  voidReason: z.nullable(z.string()),
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
  required: z.nullable(z.int()),
  counted: z.int(),
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
  note: z.nullable(z.string()),
  /** The requirements as they stood when the partner applied. */
  checklist: ZChecklist,
  decidedAt: z.nullable(ZTimestamp),
  decisionNote: z.nullable(z.string()),
  effectiveOn: z.nullable(ZDate),
  validUntil: z.nullable(ZDate),
})
export type TStatusApplication = z.infer<typeof ZStatusApplication>

/**
 * Why two things the status tab shows side by side differ, with the date it changes; computed by the
 * relay's domain, so the widget only words it.
 */
export const ZStatusExplanation = z.discriminatedUnion('code', [
  /** AG-1.5: discounts are priced one status down since the first live violation, until vendor staff void it. */
  z.object({ code: z.literal('discountDowngraded'), rule: z.string(), params: z.object({ since: ZDate, violations: z.int() }) }),
  /** AG-3.2, AG-3.3a: a yearly term ends; checked on `checkOn`, it renews on its own as the requirements hold today. */
  z.object({
    code: z.literal('renewsIfHeld'),
    rule: z.string(),
    params: z.object({ kind: z.enum(['certificate', 'status']), validUntil: ZDate, checkOn: ZDate, missing: z.array(z.string()) }),
  }),
  /** AG-3.2, AG-3.3a: a yearly term ends and the required rows in `missing` are not met today: unless they are by `checkOn`, vendor staff decide. */
  z.object({
    code: z.literal('renewalAtRisk'),
    rule: z.string(),
    params: z.object({ kind: z.enum(['certificate', 'status']), validUntil: ZDate, checkOn: ZDate, missing: z.array(z.string()) }),
  }),
])
export type TStatusExplanation = z.infer<typeof ZStatusExplanation>

/** Everything about a partner's status: for vendor staff, or for that partner itself. */
export const ZPartnerStatusResponse = z.object({
  partnerId: ZId,
  partnerName: z.string(),
  status: z.string(),
  statusName: z.string(),
  effectiveStatus: z.string(),
  /** Standing under the violation rules: `expulsion_pending` and `expelled` register no new deals (AT-4.1, AG-1.5). */
  partnerState: ZPartnerState,
  /** The rule the partner's state comes from (the program's `violations.statusRule`). */
  statusRule: z.string(),
  /** Why the status differs from the one discounts come from, and what each term's end brings. */
  explanations: z.array(ZStatusExplanation),
  agreementSignedOn: z.nullable(ZDate),
  authorizedOn: z.nullable(ZDate),
  certificateValidUntil: z.nullable(ZDate),
  statusValidUntil: z.nullable(ZDate),
  renewalFlags: z.array(ZRenewalFlag),
  /** The next publication date of the half-year lists (AG-3.3b). */
  nextReviewOn: z.nullable(ZDate),
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
  network: z.nullable(ZNetwork),
  parentPartner: z.nullable(z.object({ id: ZId, name: z.string() })),
  privileges: z.array(ZPrivilege),
})
export type TPartnerStatusResponse = z.infer<typeof ZPartnerStatusResponse>

export const ZAgreementRequest = z.strictObject({ signedOn: ZDate })
export const ZRecordEvidenceRequest = z.strictObject({
  requirement: ZEvidenceRequirement,
  /** The date of the certificate, event, report or check. */
  recordedOn: ZDate,
  validUntil: z.optional(ZDate),
  note: ZText(2000),
})
export type TRecordEvidenceRequest = z.infer<typeof ZRecordEvidenceRequest>
export const ZVoidEvidenceRequest = z.strictObject({ reason: ZText(2000) })
/** Individual half-year volume thresholds by status (AG-REQ ***); a status left out uses the program's. */
export const ZThresholdsRequest = z.strictObject({ thresholds: z.record(z.string(), ZKop.check(z.minimum(0))) })
export const ZNetworkParentRequest = z.strictObject({ parentPartnerId: z.nullable(ZId) })
export const ZStatusChangeRequest = z.strictObject({ status: ZText(64), effectiveOn: z.optional(ZDate), reason: ZText(2000) })
export const ZReasonRequest = z.strictObject({ reason: ZText(2000) })
export const ZNoteRequest = z.strictObject({ note: z.optional(ZText(2000)) })

export const ZApplyForStatusRequest = z.strictObject({ status: ZText(64), note: z.optional(ZText(2000)) })
export const ZStatusApplicationEnvelope = z.object({ application: ZStatusApplication })
export const ZStatusApplicationListResponse = z.object({ applications: z.array(ZStatusApplication) })

/** What waits for vendor staff about statuses. */
export const ZStatusBoardResponse = z.object({
  flagged: z.array(z.object({ partnerId: ZId, partnerName: z.string(), status: z.string(), statusName: z.string(), renewalFlags: z.array(ZRenewalFlag) })),
  pendingApplications: z.array(ZStatusApplication),
  pendingChanges: z.array(ZStatusChange),
})
