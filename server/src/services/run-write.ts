import { createHash } from 'node:crypto'
import { AppError } from '../../../shared/src/contract'
import type { Trx } from '../store/db'
import { claimIdempotencyKey, getIdempotentAnswer, storeIdempotentAnswer } from '../store/queries/idempotency-keys'
import { inTransaction } from '../store/transaction'
import type { Ctx } from './context'
import type { Deps } from './deps'
import { toJson } from './json'

const scopeOf = (ctx: Ctx) => ('installationId' in ctx.actor ? ctx.actor.installationId : ctx.actor.kind)

// bigint-free, so a stored replay is byte-for-byte what the first answer was.
const plain = <T>(value: T): T => toJson(value) as T

/**
 * Runs one write use case in one transaction (DESIGN: one use case = one transaction). With an
 * Idempotency-Key the key, a hash of the request and the answer are stored under a unique key in
 * the same transaction: a replay returns the stored answer, the same key with another request is
 * refused. A concurrent twin waits on the unique key and then replays.
 */
export const runWrite = async <T>(
  deps: Deps,
  ctx: Ctx,
  request: { route: string; params?: unknown; body?: unknown },
  work: (trx: Trx) => Promise<T>,
): Promise<T> => {
  const key = ctx.idempotencyKey
  if (!key) return inTransaction(deps.db, async (trx) => plain(await work(trx)))
  const scope = scopeOf(ctx)
  const requestHash = createHash('sha256').update(JSON.stringify(request)).digest('hex')
  return inTransaction(deps.db, async (trx) => {
    if (!(await claimIdempotencyKey(trx, { scope, key, requestHash }))) {
      const stored = await getIdempotentAnswer(trx, { scope, key })
      if (stored.request_hash !== requestHash) {
        throw new AppError('idempotency_conflict', 'This Idempotency-Key was already used for a different request', { rule: 'X-6' })
      }
      return stored.body as T
    }
    const result = plain(await work(trx))
    await storeIdempotentAnswer(trx, { scope, key, body: JSON.stringify(result) })
    return result
  })
}
