import { z } from 'zod'
import { ZAccountNumber, ZBps, ZCountry, ZDate, ZId, ZInn, ZKpp, ZPartnerState, ZRuleId, ZText, ZTimestamp } from './common'
import { ZClient } from './clients'
import { ZPin } from './pins'

export const ZCreatePartnerRequest = z.strictObject({
  name: ZText(200),
  inn: ZInn,
  email: z.email(),
  kpp: ZKpp.optional(),
  address: ZText(500).optional(),
  countries: z.array(ZCountry).min(1).max(50).optional(),
  status: ZText(64).optional(),
  currentDiscountBps: ZBps.optional(),
})
export type TCreatePartnerRequest = z.infer<typeof ZCreatePartnerRequest>

export const ZDiscount = z.object({
  category: z.string(),
  categoryName: z.string(),
  /** null: not sold at this status; "project": set per project registration. */
  discountBps: ZBps.nullable(),
  isPerProject: z.boolean(),
})

export const ZPartner = z.object({
  id: ZId,
  name: z.string(),
  inn: z.string(),
  kpp: z.string().nullable(),
  email: z.string(),
  address: z.string().nullable(),
  countries: z.array(z.string()),
  status: z.string(),
  statusName: z.string(),
  /** The status the discounts come from now: one step down while restricted in a downgrade program (AG-1.5). */
  effectiveStatus: z.string(),
  state: ZPartnerState,
  currentDiscountBps: ZBps.nullable(),
  liveViolations: z.number().int(),
  createdAt: ZTimestamp,
})
export type TPartner = z.infer<typeof ZPartner>
export const ZPartnerEnvelope = z.object({ partner: ZPartner })

export const ZViolation = z.object({
  id: ZId,
  partnerId: ZId,
  rule: z.string(),
  source: z.enum(['auto-overdue', 'staff']),
  invoiceId: ZId.nullable(),
  invoiceNumber: z.string().nullable(),
  note: z.string(),
  occurredOn: ZDate,
  voidedAt: ZTimestamp.nullable(),
  voidReason: z.string().nullable(),
  createdAt: ZTimestamp,
})
export type TViolation = z.infer<typeof ZViolation>

export const ZCreateViolationRequest = z.strictObject({
  rule: ZRuleId,
  note: ZText(2000),
  occurredOn: ZDate.optional(),
})
export type TCreateViolationRequest = z.infer<typeof ZCreateViolationRequest>
export const ZViolationResponse = z.object({ violation: ZViolation, partner: ZPartner })

export const ZVoidViolationRequest = z.strictObject({ reason: ZText(2000) })

export const ZAffectedClient = z.object({
  accountNumber: ZAccountNumber,
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  paidThrough: ZDate.nullable(),
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
