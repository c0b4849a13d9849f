import { SignJWT } from 'jose'

export const AMOCRM_CONFIG = {
  clientId: '4f9c2d1e-7a3b-4c5d-9e8f-0a1b2c3d4e5f',
  clientSecret: 'Xq7mZ2pL9vR4tY8wK3nB6cF1hJ5sD0gA',
  redirectUri: 'https://relay.example.com/amocrm/oauth',
}

export type AmocrmClaims = {
  iss: string
  aud: string
  jti: string
  account_id: number
  user_id: number
  subdomain: string
  client_uuid: string
  is_admin: boolean
}

type Options = {
  /** The token's issue time; it expires 30 minutes later, as amoCRM's do. */
  issuedAt: Date
  claims?: Partial<AmocrmClaims>
  secret?: string
  expiresInSeconds?: number | null
}

const seconds = (date: Date) => Math.floor(date.getTime() / 1000)

/** A disposable token shaped like the one amoCRM's `$authorizedAjax` sends in X-Auth-Token. */
export const signAmocrmToken = async ({ issuedAt, claims = {}, secret = AMOCRM_CONFIG.clientSecret, expiresInSeconds = 1800 }: Options) => {
  const { iss, aud, jti, ...custom } = {
    iss: 'https://example.amocrm.ru',
    aud: new URL(AMOCRM_CONFIG.redirectUri).origin,
    jti: '2f1a9e2c-0b64-4c2b-8d0e-5c3f7a6b1d90',
    account_id: 31234567,
    user_id: 8765432,
    subdomain: 'example',
    client_uuid: AMOCRM_CONFIG.clientId,
    is_admin: true,
    ...claims,
  }
  const jwt = new SignJWT(custom)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(iss)
    .setAudience(aud)
    .setJti(jti)
    .setIssuedAt(seconds(issuedAt))
    .setNotBefore(seconds(issuedAt))
  if (expiresInSeconds !== null) jwt.setExpirationTime(seconds(issuedAt) + expiresInSeconds)
  return jwt.sign(new TextEncoder().encode(secret))
}
