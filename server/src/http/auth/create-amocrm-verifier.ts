import { createSecretKey } from 'node:crypto'
import { type JWTPayload, jwtVerify } from 'jose'
import { AppError } from '../../../../shared/src/contract'
import type { AmocrmConfig } from '../http-deps'
import { amocrmTokenError } from './amocrm-token-error'
import type { CrmIdentity } from './crm-identity'
import { createTtlCache } from './ttl-cache'

export type VerifyAmocrmToken = (token: string) => Promise<CrmIdentity>

const CLOCK_TOLERANCE_S = 60

// A widget sends the same token with every call until it expires, and verifying it (HMAC over the
// token, claim checks) was a tenth of a card lookup. A verified token is remembered until it
// expires, an hour at most; the bound caps the memory.
const VERIFIED_MAX_ENTRIES = 10_000
const VERIFIED_TTL_MS = 60 * 60_000

type Verified = { identity: CrmIdentity; verifiedAtS: number; validUntilS: number }

const epochSeconds = (date: Date) => Math.floor(date.getTime() / 1000)

const unauthenticated = (message: string) => new AppError('unauthenticated', message)

/** amoCRM sends ids as JSON numbers; accept digit strings too, refuse anything else. */
const claimId = (value: unknown): string | null => {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return String(value)
  if (typeof value === 'string' && /^\d{1,20}$/.test(value)) return value
  return null
}

const toIdentity = (payload: JWTPayload, clientId: string): CrmIdentity => {
  if (payload.client_uuid !== clientId) {
    throw unauthenticated('The amoCRM token was issued for another integration (client_uuid does not match AMOCRM_CLIENT_ID)')
  }
  const account = claimId(payload.account_id)
  if (!account) throw unauthenticated('The amoCRM token carries no account_id')
  const domain = typeof payload.subdomain === 'string' ? payload.subdomain : ''
  return { crm: 'amocrm', account, userId: claimId(payload.user_id), domain }
}

/**
 * Verifies the disposable token amoCRM's `$authorizedAjax` sends in `X-Auth-Token`: HS256 with the
 * integration's client secret, `aud` = origin of the redirect URI, 60 s leeway, `exp` required.
 * A token that passed is answered from memory for as long as the same checks would pass again:
 * until `exp` plus the leeway, and only while the clock has not gone back before the check.
 */
export const createAmocrmVerifier = (config: AmocrmConfig | undefined, now: () => Date): VerifyAmocrmToken => {
  if (!config) {
    return async () => {
      throw unauthenticated('amoCRM is not configured on this relay: set AMOCRM_CLIENT_ID, AMOCRM_CLIENT_SECRET and AMOCRM_REDIRECT_URI')
    }
  }
  // A KeyObject made once: jose would otherwise import the raw secret on every request.
  const key = createSecretKey(Buffer.from(config.clientSecret))
  const audience = new URL(config.redirectUri).origin
  const verifiedTokens = createTtlCache<Verified>({ ttlMs: VERIFIED_TTL_MS, maxEntries: VERIFIED_MAX_ENTRIES, now: () => now().getTime() })
  return async (token) => {
    const currentDate = now()
    const nowS = epochSeconds(currentDate)
    const hit = verifiedTokens.get(token)
    // jose's own rules: expired once exp <= now - tolerance; nbf only gets more valid as time passes.
    if (hit && hit.verifiedAtS <= nowS && nowS < hit.validUntilS) return hit.identity
    const verified = await jwtVerify(token, key, {
      algorithms: ['HS256'],
      audience,
      clockTolerance: CLOCK_TOLERANCE_S,
      requiredClaims: ['exp'],
      currentDate,
    }).catch((error: unknown) => {
      throw amocrmTokenError(error)
    })
    const identity = toIdentity(verified.payload, config.clientId)
    verifiedTokens.set(token, { identity, verifiedAtS: nowS, validUntilS: (verified.payload.exp as number) + CLOCK_TOLERANCE_S })
    return identity
  }
}
