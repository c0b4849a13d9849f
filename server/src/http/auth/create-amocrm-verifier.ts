import { createSecretKey } from 'node:crypto'
import { jwtVerify, type JWTPayload } from 'jose'
import { AppError } from '../../../../shared/src/contract'
import type { AmocrmConfig } from '../http-deps'
import { amocrmTokenError } from './amocrm-token-error'
import type { CrmIdentity } from './crm-identity'

export type VerifyAmocrmToken = (token: string) => Promise<CrmIdentity>

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
  return async (token) => {
    const verified = await jwtVerify(token, key, {
      algorithms: ['HS256'],
      audience,
      clockTolerance: 60,
      requiredClaims: ['exp'],
      currentDate: now(),
    }).catch((error: unknown) => {
      throw amocrmTokenError(error)
    })
    return toIdentity(verified.payload, config.clientId)
  }
}
