import { z } from 'zod/mini'
import { ZCrm, ZId, ZPartnerState, ZRole, ZTimestamp } from './common'
import { ZDiscount } from './partners'
import { ZPrivilege } from './privileges'

export const ZCreateLinkCodeRequest = z.union([z.strictObject({ partnerId: ZId }), z.strictObject({ role: z.literal('vendor') })])
export type TCreateLinkCodeRequest = z.infer<typeof ZCreateLinkCodeRequest>
export const ZLinkCodeResponse = z.object({ code: z.string(), expiresAt: ZTimestamp })

export const ZLinkInstallationRequest = z.strictObject({ code: z.string().check(z.trim(), z.minLength(4), z.maxLength(64)) })
export const ZInstallation = z.object({
  crm: ZCrm,
  account: z.string(),
  role: ZRole,
  partnerId: z.optional(ZId),
})
export const ZInstallationResponse = z.object({ installation: ZInstallation })

export const ZMeResponse = z.object({
  role: ZRole,
  crm: ZCrm,
  account: z.string(),
  userId: z.nullable(z.string()),
  /** accountNumberDigits: the program's account-number format (AT-1.1), so the widget checks a typed number as the relay will. */
  program: z.object({ id: z.string(), name: z.string(), nameEn: z.optional(z.string()), accountNumberDigits: z.optional(z.int()) }),
  partner: z.optional(
    z.object({
      id: ZId,
      name: z.string(),
      status: z.string(),
      statusName: z.string(),
      effectiveStatus: z.string(),
      state: ZPartnerState,
      violations: z.int(),
      discounts: z.array(ZDiscount),
      /** Whether a pin request (AT-1.2) or a deal registration (AG-4) is open to this partner now. */
      mayRequestPins: z.boolean(),
      /** AG-PRIV for the status the partner is priced at; absent in a program without privileges. */
      privileges: z.optional(z.array(ZPrivilege)),
    }),
  ),
})
export type TMeResponse = z.infer<typeof ZMeResponse>
