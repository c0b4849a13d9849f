import { randomUUID } from 'node:crypto'
import { SignJWT } from 'jose'

/** The integration the widget belongs to, as registered in amoCRM. */
export type AmocrmIntegration = { clientId: string; clientSecret: string; redirectUri: string }

type Claims = { accountId: number; userId: number; subdomain: string; isAdmin: boolean }

const TOKEN_LIFETIME_SECONDS = 30 * 60

/**
 * The disposable token `$authorizedAjax` sends in `X-Auth-Token` (the demo's amoCRM page signs its
 * requests with it, and so does the bench): HS256 with the integration's
 * client secret, `aud` = origin of its redirect URI, 30 minutes of life.
 */
export const signDisposableToken = (integration: AmocrmIntegration, claims: Claims, issuedAt = new Date()) => {
  const iat = Math.floor(issuedAt.getTime() / 1000)
  return new SignJWT({
    account_id: claims.accountId,
    user_id: claims.userId,
    subdomain: claims.subdomain,
    client_uuid: integration.clientId,
    is_admin: claims.isAdmin,
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(`https://${claims.subdomain}.amocrm.ru`)
    .setAudience(new URL(integration.redirectUri).origin)
    .setJti(randomUUID())
    .setIssuedAt(iat)
    .setNotBefore(iat)
    .setExpirationTime(iat + TOKEN_LIFETIME_SECONDS)
    .sign(new TextEncoder().encode(integration.clientSecret))
}
