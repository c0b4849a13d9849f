import { createHash } from 'node:crypto'
import type pino from 'pino'
import { AppError } from '../../../../shared/src/contract'
import { askPortalProfile } from './ask-portal-profile'
import { createTtlCache } from './ttl-cache'

export type Bitrix24Credentials = { domain: string; memberId: string; authId: string }

/** Resolves to the portal's user id for a valid AUTH_ID. */
export type VerifyBitrix24Auth = (credentials: Bitrix24Credentials) => Promise<string>

type Options = {
  fetch: typeof fetch
  allowHttp: boolean
  now: () => Date
  logger: pino.Logger
  timeoutMs?: number
}

const CACHE_TTL_MS = 10 * 60_000
const CACHE_MAX_ENTRIES = 10_000

/**
 * Verifies a Bitrix24 frame token by asking the portal who it belongs to. Successful answers are
 * cached for 10 minutes (the portal allows 2 requests/s per app, and a card opens several requests
 * at once); failures are not cached, so a refreshed token works at once.
 */
export const createBitrix24Verifier = (options: Options): VerifyBitrix24Auth => {
  const { fetch, allowHttp, now, logger, timeoutMs = 5_000 } = options
  const cache = createTtlCache<string>({ ttlMs: CACHE_TTL_MS, maxEntries: CACHE_MAX_ENTRIES, now: () => now().getTime() })
  return async ({ domain, memberId, authId }) => {
    const key = createHash('sha256').update(`${domain}\n${memberId}\n${authId}`).digest('base64url')
    const cached = cache.get(key)
    if (cached !== undefined) return cached
    const url = `${allowHttp ? 'http' : 'https'}://${domain}/rest/profile`
    const answer = await askPortalProfile({ fetch, url, authId, timeoutMs })
    if (answer.kind === 'user') {
      cache.set(key, answer.userId)
      return answer.userId
    }
    if (answer.kind === 'rejected') {
      const expired = answer.error === 'expired_token'
      const message = expired
        ? 'The Bitrix24 token has expired: refresh the auth and retry'
        : 'The Bitrix24 portal does not accept this token: refresh the auth and retry'
      throw new AppError('unauthenticated', message, { details: { portalError: answer.error } })
    }
    logger.warn({ domain, memberId, reason: answer.reason }, 'Bitrix24 token check failed')
    throw new AppError('unavailable', `The Bitrix24 portal could not verify the token (${answer.reason}): try again shortly`)
  }
}
