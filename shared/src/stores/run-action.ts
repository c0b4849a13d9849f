import type { RelayError } from '../client/relay-error'
import { toRelayError } from '../client/to-relay-error'
import type { AttemptKeys } from './attempt-keys'

/** The part of a store an action reads and writes; method syntax so any store's setter fits. */
export type ActionSlice = {
  get(): { busy: string | null }
  set(patch: { busy?: string | null; actionError?: RelayError | null; failedAction?: string | null }): void
}

type RunOptions = ActionSlice & {
  keys: AttemptKeys
  kind: string
  /** What the attempt sends; the same content retried reuses its key. */
  attempt: unknown
  write: (idempotencyKey: string) => Promise<unknown>
  after?: () => Promise<void>
}

/**
 * Runs one user action: one at a time (a second click while busy does nothing), one key per attempt,
 * the failure kept for the screen. Resolves to whether the write went through.
 */
export const runAction = async (options: RunOptions): Promise<boolean> => {
  const { get, set, keys, kind, write, after } = options
  if (get().busy) return false
  const attempt = JSON.stringify([kind, options.attempt])
  set({ busy: kind, actionError: null, failedAction: null })
  try {
    await write(keys.keyFor(attempt))
    keys.settle(attempt)
  } catch (caught) {
    const error = toRelayError(caught)
    keys.settle(attempt, error)
    set({ busy: null, actionError: error, failedAction: kind })
    return false
  }
  try {
    await after?.()
  } finally {
    set({ busy: null })
  }
  return true
}
