import { AppError } from '../../../../shared/src/contract'

export type LinkAttempts = {
  /** @throws AppError rate_limited while any of the keys has used up its failures */
  assertAllowed(keys: readonly string[]): void
  recordFailure(keys: readonly string[]): void
}

type Window = { failures: number; startedAt: number }

const WINDOW_MS = 15 * 60_000
const MAX_KEYS = 50_000

/**
 * Counts wrong link codes per key (the caller's address, the CRM account it claims) in fixed
 * 15-minute windows, so nobody can walk the code space and no single account can be locked out by
 * another caller's guessing for longer than one window. Kept in memory: each relay counts its own.
 */
export const createLinkAttempts = (options: { limits: Record<string, number>; now: () => number }): LinkAttempts => {
  const { limits, now } = options
  const windows = new Map<string, Window>()
  const limitOf = (key: string) => limits[key.slice(0, key.indexOf(':'))] ?? Number.POSITIVE_INFINITY
  const current = (key: string): Window | undefined => {
    const window = windows.get(key)
    if (window && now() - window.startedAt >= WINDOW_MS) {
      windows.delete(key)
      return undefined
    }
    return window
  }
  return {
    assertAllowed(keys) {
      for (const key of keys) {
        const window = current(key)
        if (window && window.failures >= limitOf(key)) {
          const minutes = Math.ceil((window.startedAt + WINDOW_MS - now()) / 60_000)
          throw new AppError('rate_limited', `Too many wrong link codes: try again in ${minutes} min`, { details: { retryAfterMinutes: minutes } })
        }
      }
    },
    recordFailure(keys) {
      for (const key of keys) {
        const window = current(key) ?? { failures: 0, startedAt: now() }
        window.failures += 1
        windows.delete(key)
        windows.set(key, window)
        if (windows.size > MAX_KEYS) windows.delete(windows.keys().next().value as string)
      }
    },
  }
}
