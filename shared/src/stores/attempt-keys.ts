import { newIdempotencyKey } from '../client/idempotency-key'
import type { RelayError } from '../client/relay-error'

/** Failures after which the relay may or may not have done the write: a retry must reuse the key. */
const UNCERTAIN = new Set(['network', 'unavailable', 'internal', 'invalid_response'])

/**
 * One Idempotency-Key per user attempt. An attempt is identified by what it sends; while its
 * outcome is unknown the same key is reused, so a retry after a lost answer never writes twice.
 */
export const createAttemptKeys = () => {
  const keys = new Map<string, string>()
  return {
    keyFor: (attempt: string) => {
      const existing = keys.get(attempt)
      if (existing) return existing
      const key = newIdempotencyKey()
      keys.set(attempt, key)
      return key
    },
    /** The attempt has a known outcome: the next one with the same content is a new attempt. */
    settle: (attempt: string, error?: RelayError) => {
      if (!error || !UNCERTAIN.has(error.code)) keys.delete(attempt)
    },
  }
}

export type AttemptKeys = ReturnType<typeof createAttemptKeys>
