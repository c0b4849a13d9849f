import { randomUUID } from 'node:crypto'
import { SignJWT } from 'jose'

export const AMO = {
  clientId: '6c5d6bd4-1b7a-4a3e-9a0a-4a1c2d3e4f50',
  clientSecret: 'amo-test-secret-0123456789abcdef0123456789abcdef',
  redirectUri: 'https://relay.example.ru/amocrm/oauth',
}

type AmoClaims = { accountId: string; userId?: string; subdomain?: string; expiresIn?: number; secret?: string; aud?: string; clientUuid?: string; now?: Date }

/** A disposable token made the way amoCRM's $authorizedAjax makes it (PLATFORMS.md): HS256 with the client secret. */
export const amoToken = async ({
  accountId,
  userId = '501',
  subdomain = 'partner',
  expiresIn = 1800,
  secret = AMO.clientSecret,
  aud = new URL(AMO.redirectUri).origin,
  clientUuid = AMO.clientId,
  now = new Date(),
}: AmoClaims) => {
  const iat = Math.floor(now.getTime() / 1000)
  return new SignJWT({ account_id: Number(accountId), user_id: Number(userId), subdomain, client_uuid: clientUuid, is_admin: true })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(`https://${subdomain}.amocrm.ru`)
    .setAudience(aud)
    .setJti(randomUUID())
    .setIssuedAt(iat)
    .setNotBefore(iat)
    .setExpirationTime(iat + expiresIn)
    .sign(new TextEncoder().encode(secret))
}
