import { z } from 'zod/mini'
import { ZClient } from './clients'
import { ZAccountNumber, ZBps, ZCountry, ZDate, ZId, ZInn, ZKpp, ZOgrn, ZPartnerState, ZRuleId, ZText, ZTimestamp } from './common'
import { ZPin } from './pins'

export const ZCreatePartnerRequest = z.strictObject({
  name: ZText(200),
  inn: ZInn,
  email: z.email(),
  kpp: z.optional(ZKpp),
  ogrn: z.optional(ZOgrn),
  address: z.optional(ZText(500)),
  countries: z.optional(z.array(ZCountry).check(z.minLength(1), z.maxLength(50))),
  status: z.optional(ZText(64)),
  currentDiscountBps: z.optional(ZBps),
})
export type TCreatePartnerRequest = z.infer<typeof ZCreatePartnerRequest>

export const ZDiscount = z.object({
  category: z.string(),
  categoryName: z.string(),
  /** null: not sold at this status; "project": set per project registration. */
  discountBps: z.nullable(ZBps),
  isPerProject: z.boolean(),
})

export const ZPartner = z.object({
  id: ZId,
  name: z.string(),
  inn: z.string(),
  kpp: z.nullable(z.string()),
  ogrn: z.nullable(z.string()),
  email: z.string(),
  address: z.nullable(z.string()),
  /** The countries the partner is resident in (AG-1.3). */
  countries: z.array(z.string()),
  /** Countries beyond residence its agreement adds (AG-1.3), and why staff set them. */
  extraCountries: z.array(z.string()),
  territoryReason: z.nullable(z.string()),
  status: z.string(),
  statusName: z.string(),
  /** The status the discounts come from now: one step down while restricted in a downgrade program (AG-1.5). */
  effectiveStatus: z.string(),
  state: ZPartnerState,
  currentDiscountBps: z.nullable(ZBps),
  liveViolations: z.int(),
  createdAt: ZTimestamp,
})
export type TPartner = z.infer<typeof ZPartner>
export const ZPartnerEnvelope = z.object({ partner: ZPartner })

/**
 * A violation note the relay words itself, as a code with the facts it names, so the widget says it
 * in the user's language; `note` beside it keeps the English text for the audit trail and API readers.
 * Absent when vendor staff typed the note: that text is shown as typed.
 */
// One code so far: a plain object, since a one-member union is an illogical `oneOf` in the OpenAPI
// document. A second code makes it `z.discriminatedUnion('code', […])`, the same on the wire.
export const ZSystemNote = z.object({
  /** AT-1.6: the transfer for an invoice was not received by its deadline. */
  code: z.literal('transferOverdue'),
  params: z.object({ invoiceNumber: z.string(), transferDueOn: ZDate }),
})
export type TSystemNote = z.infer<typeof ZSystemNote>

/**
 * Why the relay voided a violation, as a code with its facts, so the widget says it in the user's
 * language; `voidReason` keeps the English text. Absent when vendor staff voided it with their words.
 */
// One code so far: a plain object, as ZSystemNote.
export const ZSystemVoidReason = z.object({
  /** AT-1.6, AT-4.1: staff corrected the client-payment date, and the new deadline no longer supports the violation. */
  code: z.literal('clientPaymentCorrected'),
  params: z.object({
    invoiceNumber: z.string(),
    paidOnBefore: ZDate,
    paidOn: ZDate,
    dueOnBefore: ZDate,
    dueOn: ZDate,
    /** Staff's reason for the correction, as typed. */
    reason: z.string(),
  }),
})
export type TSystemVoidReason = z.infer<typeof ZSystemVoidReason>

export const ZViolation = z.object({
  id: ZId,
  partnerId: ZId,
  rule: z.string(),
  source: z.enum(['auto-overdue', 'staff']),
  invoiceId: z.nullable(ZId),
  invoiceNumber: z.nullable(z.string()),
  note: z.string(),
  systemNote: z.optional(ZSystemNote),
  occurredOn: ZDate,
  voidedAt: z.nullable(ZTimestamp),
  voidReason: z.nullable(z.string()),
  systemVoidReason: z.optional(ZSystemVoidReason),
  createdAt: ZTimestamp,
})
export type TViolation = z.infer<typeof ZViolation>

export const ZCreateViolationRequest = z.strictObject({
  rule: ZRuleId,
  note: ZText(2000),
  occurredOn: z.optional(ZDate),
})
export type TCreateViolationRequest = z.infer<typeof ZCreateViolationRequest>
export const ZViolationResponse = z.object({ violation: ZViolation, partner: ZPartner })

export const ZVoidViolationRequest = z.strictObject({ reason: ZText(2000) })

export const ZAffectedClient = z.object({
  accountNumber: ZAccountNumber,
  name: z.string(),
  email: z.nullable(z.string()),
  phone: z.nullable(z.string()),
  paidThrough: z.nullable(ZDate),
})
export const ZExpelResponse = z.object({
  partner: ZPartner,
  releasedPins: z.array(ZPin),
  /** AT-4.3: the clients the vendor may now contact. */
  affectedClients: z.array(ZAffectedClient),
})

export const ZPartnerDetailsResponse = z.object({
  partner: ZPartner,
  discounts: z.array(ZDiscount),
  violations: z.array(ZViolation),
  pins: z.array(ZPin),
  clients: z.array(ZClient),
})
export type TPartnerDetailsResponse = z.infer<typeof ZPartnerDetailsResponse>

export const ZPartnerListResponse = z.object({ partners: z.array(ZPartner) })
