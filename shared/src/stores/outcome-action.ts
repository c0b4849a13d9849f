import type { RelayError } from '../client/relay-error'
import { createAttemptKeys } from './attempt-keys'
import { runAction } from './run-action'

type OutcomeState<O> = { busy: string | null; actionError: RelayError | null; failedAction: string | null; outcome: O | null }

/**
 * Vendor staff's writes that say what they changed (corrections, marks): one at a time, one
 * Idempotency-Key per attempt, the outcome kept for the screen, then `after` reloads it.
 */
export const outcomeAction = <O>({
  get,
  set,
  after,
}: {
  get: () => OutcomeState<O>
  set: (patch: Partial<OutcomeState<O>>) => void
  after?: () => Promise<void>
}) => {
  const keys = createAttemptKeys()
  return (kind: string, attempt: unknown, write: (key: string) => Promise<O>) => {
    // A new attempt replaces what the last one said, so an old success never sits beside a new error.
    if (!get().busy) set({ outcome: null })
    return runAction({ get, set, keys, kind, attempt, after, write: async (key) => set({ outcome: await write(key) }) })
  }
}
