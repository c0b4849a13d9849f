import { z } from 'zod/mini'
import { ZBps, ZCrm, ZId, ZInn, ZKpp, ZOgrn, ZPartnerState, ZText, ZTimestamp } from './common'
import { ZPartner } from './partners'

/**
 * Vendor staff edit a partner's particulars (issue 10). Every editable field is sent: an optional one
 * left out is cleared. The reason goes to the audit trail with the change. The countries have their
 * own route (AG-1.3), the status its own transitions (AG-3), the state follows violations (AT-4.1).
 */
export const ZUpdatePartnerRequest = z.strictObject({
  name: ZText(200),
  inn: ZInn,
  email: z.email(),
  kpp: z.optional(ZKpp),
  ogrn: z.optional(ZOgrn),
  address: z.optional(ZText(500)),
  currentDiscountBps: z.optional(ZBps),
  reason: ZText(2000),
})
export type TUpdatePartnerRequest = z.infer<typeof ZUpdatePartnerRequest>

/** The largest page of the partner directory. */
export const PARTNER_PAGE_MAX = 200

/** A search of the partner directory: by name or INN (`q`), state and status, a page at a time, by name. */
export const ZPartnerSearchQuery = z.strictObject({
  /** Part of the name (any case) or the beginning of the INN. */
  q: z.optional(ZText(200)),
  state: z.optional(ZPartnerState),
  status: z.optional(ZText(64)),
  /** The `nextCursor` of the page before. */
  after: z.optional(ZId),
  /** Partners per page, 50 unless told. */
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(PARTNER_PAGE_MAX))),
})
export type TPartnerSearchQuery = z.infer<typeof ZPartnerSearchQuery>

export const ZPartnerPage = z.object({
  partners: z.array(ZPartner),
  /** How many partners the search finds in all. */
  total: z.int(),
  /** Pass as `after` for the next page; null on the last one. */
  nextCursor: z.nullable(ZId),
})
export type TPartnerPage = z.infer<typeof ZPartnerPage>

/**
 * A one-time link code staff issue from their CRM: for a partner's CRM account, or for a new staff
 * account. `sendEmail` queues it to the partner's e-mail; a staff code goes to `email` when given.
 */
export const ZStaffLinkCodeRequest = z.union([
  z.strictObject({ partnerId: ZId, sendEmail: z.optional(z.boolean()) }),
  z.strictObject({ role: z.literal('vendor'), email: z.optional(z.email()) }),
])
export type TStaffLinkCodeRequest = z.infer<typeof ZStaffLinkCodeRequest>
export const ZStaffLinkCodeResponse = z.object({
  code: z.string(),
  expiresAt: ZTimestamp,
  /** Where the outbox will send it; null when it is only shown. */
  emailedTo: z.nullable(z.string()),
})

/** A CRM account linked to a partner, as staff see it. */
export const ZPartnerInstallation = z.object({
  id: ZId,
  crm: ZCrm,
  /** The amoCRM account id or the Bitrix24 member id. */
  account: z.string(),
  /** The Bitrix24 portal, or the amoCRM subdomain when known. */
  domain: z.string(),
  linkedAt: ZTimestamp,
  lastSeenAt: z.nullable(ZTimestamp),
  revokedAt: z.nullable(ZTimestamp),
  revokedReason: z.nullable(z.string()),
})
export type TPartnerInstallation = z.infer<typeof ZPartnerInstallation>
export const ZPartnerInstallationList = z.object({ installations: z.array(ZPartnerInstallation) })
export const ZPartnerInstallationEnvelope = z.object({ installation: ZPartnerInstallation })

export const ZRevokeInstallationRequest = z.strictObject({ reason: ZText(2000) })
