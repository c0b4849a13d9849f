import { z } from 'zod'
import { ZAccountNumber, ZBps, ZCountry, ZId, ZInn, ZPinState, ZText, ZTimestamp, ZDate } from './common'

export const ZRenewalRequest = z.object({
  id: ZId,
  state: z.enum(['pending', 'approved', 'rejected']),
  note: z.string().nullable(),
  requestedAt: ZTimestamp,
  decidedAt: ZTimestamp.nullable(),
  reason: z.string().nullable(),
  validUntilBefore: ZDate.nullable(),
  validUntilAfter: ZDate.nullable(),
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
  projectName: z.string().nullable(),
  /** Set by vendor staff; prices the "per project" categories of a Project partner (AG-DISC). */
  projectDiscountBps: ZBps.nullable(),
  validUntil: ZDate.nullable(),
  requestedAt: ZTimestamp,
  decidedAt: ZTimestamp.nullable(),
  releasedAt: ZTimestamp.nullable(),
  reason: z.string().nullable(),
  /** The latest renewal request. */
  renewal: ZRenewalRequest.nullable(),
})
export type TRegistration = z.infer<typeof ZRegistration>
export const ZRegistrationEnvelope = z.object({ registration: ZRegistration })
export const ZRegistrationListResponse = z.object({ registrations: z.array(ZRegistration) })
export const ZRegistrationQuery = z.strictObject({ kind: z.enum(['client', 'project']).optional() })

export const ZRegisterProjectRequest = z.strictObject({ accountNumber: ZAccountNumber, projectName: ZText(300) })
export type TRegisterProjectRequest = z.infer<typeof ZRegisterProjectRequest>
export const ZProjectDiscountRequest = z.strictObject({ discountBps: ZBps })

/** Vendor staff hand a customer's request to a partner (AG-PRIV); the client is registered if new. */
export const ZHandOverLeadRequest = z.strictObject({
  partnerId: ZId,
  accountNumber: ZAccountNumber,
  name: ZText(300).optional(),
  inn: ZInn.optional(),
  email: z.email().optional(),
  phone: z.string().trim().regex(/^\+?[0-9 ()-]{5,20}$/, 'Phone: digits, spaces, brackets, dashes, optional +').optional(),
  country: ZCountry.optional(),
})
export type THandOverLeadRequest = z.infer<typeof ZHandOverLeadRequest>
