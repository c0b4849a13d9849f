import { z } from 'zod/mini'
import { ZCrm, ZId, ZPartnerState, ZRole } from './common'
import { ZDiscount } from './partners'
import { ZPrivilege } from './privileges'

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
  program: z.object({
    id: z.string(),
    name: z.string(),
    nameEn: z.optional(z.string()),
    accountNumberDigits: z.optional(z.int()),
    /** The rule that restricts and takes the status away on a repeat violation (AT-4.1, AG-1.5). */
    statusRule: z.optional(z.string()),
    /** Vendor staff only: the rules a violation can be recorded under, with their titles, and the clause that lists them (AT-4.1, AG-1.5). */
    violable: z.optional(
      z.object({
        basis: z.string(),
        rules: z.array(z.object({ rule: z.string(), title: z.object({ ru: z.string(), en: z.string() }) })),
      }),
    ),
  }),
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
