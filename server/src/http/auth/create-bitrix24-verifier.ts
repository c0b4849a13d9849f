import { createHash } from 'node:crypto'
import type pino from 'pino'
import { AppError } from '../../../../shared/src/contract'
import { askPortalProfile } from './ask-portal-profile'
import { checkPortalHost, type ResolveHost } from './check-portal-host'
import { createTtlCache } from './ttl-cache'

/** `expiresAt`: the token's expiry in ms since the epoch, as the portal gave it to the frame. */
export type Bitrix24Credentials = { domain: string; memberId: string; authId: string; expiresAt?: number }

/** Resolves to the portal's user id for a valid AUTH_ID. */
export type VerifyBitrix24Auth = (credentials: Bitrix24Credentials) => Promise<string>

type Options = {
  allowHttp: boolean
  /** Hosts the vendor lists (on-premise portals, the demo): called without the public-address check. */
  portalHosts: readonly string[]
  resolve: ResolveHost
  now: () => Date
  logger: pino.Logger
  timeoutMs?: number
}

const CACHE_TTL_MS = 10 * 60_000
/** Without the token's own expiry, a verified token is trusted for one minute only. */
const UNKNOWN_EXPIRY_TTL_MS = 60_000
const CACHE_MAX_ENTRIES = 10_000

/**
 * Verifies a Bitrix24 frame token by asking the portal who it belongs to. Successful answers are
 * cached (the portal allows 2 requests/s per app, and a card opens several requests at once) for
 * 10 minutes at most and never past the token's own expiry, so a token the portal has expired stops
 * working here too; failures are not cached, so a refreshed token works at once.
 */
export const createBitrix24Verifier = (options: Options): VerifyBitrix24Auth => {
  const { allowHttp, portalHosts, resolve, now, logger, timeoutMs = 5_000 } = options
  const cache = createTtlCache<string>({ ttlMs: CACHE_TTL_MS, maxEntries: CACHE_MAX_ENTRIES, now: () => now().getTime() })
  return async ({ domain, memberId, authId, expiresAt }) => {
    const key = createHash('sha256').update(`${domain}\n${memberId}\n${authId}`).digest('base64url')
    const cached = cache.get(key)
    if (cached !== undefined) return cached
    const target = await checkPortalHost({ host: domain, allowedHosts: portalHosts, resolve })
    const answer = await askPortalProfile({ target, protocol: allowHttp ? 'http' : 'https', authId, timeoutMs })
    if (answer.kind === 'user') {
      const ttlMs = expiresAt === undefined ? UNKNOWN_EXPIRY_TTL_MS : Math.min(CACHE_TTL_MS, expiresAt - now().getTime())
      if (ttlMs > 0) cache.set(key, answer.userId, ttlMs)
      return answer.userId
    }
    if (answer.kind === 'rejected') {
      const expired = answer.error === 'expired_token'
      const message = expired
        ? 'The Bitrix24 token has expired: refresh the auth and retry'
        : 'The Bitrix24 portal does not accept this token: refresh the auth and retry'
      throw new AppError('unauthenticated', message, { details: { portalError: answer.error } })
    }
    if (answer.kind === 'redirected') {
      throw new AppError(
        'invalid_request',
        `The portal named in X-B24-Domain ("${domain}") answered with a redirect (HTTP ${answer.status}), which the relay never follows: name the portal's own host`,
        {
          details: { fields: [{ path: 'X-B24-Domain', message: 'the portal redirects elsewhere' }] },
        },
      )
    }
    logger.warn({ domain, memberId, reason: answer.reason }, 'Bitrix24 token check failed')
    throw new AppError('unavailable', `The Bitrix24 portal could not verify the token (${answer.reason}): try again shortly`)
  }
}
