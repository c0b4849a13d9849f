import { z } from 'zod/mini'
import { ZCrm, ZId, ZRole, ZTimestamp } from './common'

/**
 * Whether the relay may act in an installation's own CRM (issue 12): `none` until someone grants
 * it, `active` while it holds working tokens, `needs-reauthorisation` once a refresh was refused
 * (the partner grants access again), `revoked` after the CRM said the integration was disabled
 * or the app uninstalled. The tokens themselves never leave the relay.
 */
export const ZCrmAccessState = z.enum(['none', 'active', 'needs-reauthorisation', 'revoked'])
export type TCrmAccessState = z.infer<typeof ZCrmAccessState>

export const ZCrmAccess = z.object({
  state: ZCrmAccessState,
  /** Why access stopped: the OAuth server's error code, `integration-disabled` or `app-uninstalled`. */
  problem: z.optional(z.string()),
  updatedAt: z.optional(ZTimestamp),
})
export const ZCrmAccessResponse = z.object({ crmAccess: ZCrmAccess })

/** Where the amoCRM settings screen opens amoCRM's consent window, with the relay's signed `state`. */
export const ZAmocrmAuthorisationResponse = z.object({ url: z.string(), state: z.string(), expiresAt: ZTimestamp })

// OAuth tokens and codes are opaque printable strings (amoCRM's are JWTs of about a kilobyte); the
// limits keep a pasted page out of the database.
const ZOAuthToken = (max: number) => z.string().check(z.minLength(8), z.maxLength(max), z.regex(/^[\x21-\x7e]+$/, 'A token is printable ASCII without spaces'))

/**
 * What the Bitrix24 install page hands the relay once: the installation's refresh token, member_id
 * and portal domain. Its access token (AUTH_ID) is the request's own `Authorization: Bitrix24`,
 * which the relay has just verified with the stored portal.
 */
export const ZBitrix24TokensRequest = z.strictObject({
  refreshToken: ZOAuthToken(2048),
  memberId: z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9_-]+$/, 'A member_id is letters, digits, dash and underscore')),
  domain: z
    .string()
    .check(z.minLength(1), z.maxLength(253), z.regex(/^(https?:\/\/)?[A-Za-z0-9.-]+(:\d{1,5})?\/?$/, 'The portal domain: host[:port], or its origin')),
})
export type TBitrix24TokensRequest = z.infer<typeof ZBitrix24TokensRequest>

export const ZInstallationListResponse = z.object({
  installations: z.array(
    z.object({
      id: ZId,
      crm: ZCrm,
      account: z.string(),
      domain: z.string(),
      role: ZRole,
      partnerId: z.optional(ZId),
      crmAccess: ZCrmAccess,
    }),
  ),
})

const ZParam = (max: number) => z.string().check(z.minLength(1), z.maxLength(max))

/** amoCRM's redirect to the integration's redirect URI after consent. */
export const ZAmocrmCallbackQuery = z.object({
  code: ZOAuthToken(4096),
  referer: ZParam(253),
  state: ZParam(200),
  client_id: ZParam(64),
  from_widget: z.optional(ZParam(8)),
})
export type TAmocrmCallbackQuery = z.infer<typeof ZAmocrmCallbackQuery>

/** amoCRM's "integration disabled" webhook: `signature` = HMAC-SHA256 of `client_uuid|account_id` with the client secret. */
export const ZAmocrmDisabledQuery = z.object({
  account_id: z.string().check(z.regex(/^\d{1,20}$/, 'account_id is digits')),
  client_uuid: ZParam(64),
  signature: z.string().check(z.regex(/^[0-9a-f]{64}$/, 'signature is 64 hex digits')),
})
export type TAmocrmDisabledQuery = z.infer<typeof ZAmocrmDisabledQuery>

/** A Bitrix24 event as the portal posts it (form fields, flat names): the relay acts on ONAPPUNINSTALL. */
export const ZBitrix24EventBody = z.object({
  event: ZParam(64),
  'auth[member_id]': ZParam(64),
  'auth[domain]': ZParam(253),
})
export type TBitrix24EventBody = z.infer<typeof ZBitrix24EventBody>
