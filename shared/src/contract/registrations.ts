import { z } from 'zod/mini'
import { ZAccountNumber, ZBps, ZCountry, ZDate, ZId, ZInn, ZPhone, ZPinState, ZText, ZTimestamp } from './common'

export const ZRenewalRequest = z.object({
  id: ZId,
  state: z.enum(['pending', 'approved', 'rejected']),
  note: z.nullable(z.string()),
  requestedAt: ZTimestamp,
  decidedAt: z.nullable(ZTimestamp),
  reason: z.nullable(z.string()),
  validUntilBefore: z.nullable(ZDate),
  validUntilAfter: z.nullable(ZDate),
})

/** A deal registration (AG-4): a client or a project protected for the partner until `validUntil`. */
export const ZRegistration = z.object({
  id: ZId,
  kind: z.enum(['client', 'project']),
  /** 'vendor-lead': handed over by vendor staff (AG-PRIV). */
  source: z.enum(['partner', 'vendor-lead']),
  accountNumber: ZAccountNumber,
  clientName: z.string(),
  partnerId: ZId,
  partnerName: z.string(),
  state: ZPinState,
  projectName: z.nullable(z.string()),
  /** Set by vendor staff; prices the "per project" categories of a Project partner (AG-DISC). */
  projectDiscountBps: z.nullable(ZBps),
  validUntil: z.nullable(ZDate),
  requestedAt: ZTimestamp,
  decidedAt: z.nullable(ZTimestamp),
  releasedAt: z.nullable(ZTimestamp),
  reason: z.nullable(z.string()),
  /** The latest renewal request. */
  renewal: z.nullable(ZRenewalRequest),
})
export type TRegistration = z.infer<typeof ZRegistration>
export const ZRegistrationEnvelope = z.object({ registration: ZRegistration })
export const ZRegistrationListResponse = z.object({ registrations: z.array(ZRegistration) })
export const ZRegistrationQuery = z.strictObject({ kind: z.optional(z.enum(['client', 'project'])) })

export const ZRegisterProjectRequest = z.strictObject({ accountNumber: ZAccountNumber, projectName: ZText(300) })
export type TRegisterProjectRequest = z.infer<typeof ZRegisterProjectRequest>
export const ZProjectDiscountRequest = z.strictObject({ discountBps: ZBps })

/** Vendor staff hand a customer's request to a partner (AG-PRIV); the client is registered if new. */
export const ZHandOverLeadRequest = z.strictObject({
  partnerId: ZId,
  accountNumber: ZAccountNumber,
  name: z.optional(ZText(300)),
  inn: z.optional(ZInn),
  email: z.optional(z.email()),
  phone: z.optional(ZPhone),
  country: z.optional(ZCountry),
})
export type THandOverLeadRequest = z.infer<typeof ZHandOverLeadRequest>
