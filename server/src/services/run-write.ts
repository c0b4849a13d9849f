import { createHash } from 'node:crypto'
import { AppError } from '../../../shared/src/contract'
import type { Ctx } from './context'
import type { Deps, Trx } from './deps'
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
  if (!key) return deps.db.transaction().execute(async (trx) => plain(await work(trx)))
  const scope = scopeOf(ctx)
  const requestHash = createHash('sha256').update(JSON.stringify(request)).digest('hex')
  return deps.db.transaction().execute(async (trx) => {
    const claimed = await trx
      .insertInto('idempotency_keys')
      .values({ scope, key, request_hash: requestHash, status: 0, body: null })
      .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
      .returning('key')
      .executeTakeFirst()
    if (!claimed) {
      const stored = await trx
        .selectFrom('idempotency_keys')
        .select(['request_hash', 'body'])
        .where('scope', '=', scope)
        .where('key', '=', key)
        .executeTakeFirstOrThrow()
      if (stored.request_hash !== requestHash) {
        throw new AppError('idempotency_conflict', 'This Idempotency-Key was already used for a different request', { rule: 'X-6' })
      }
      return stored.body as T
    }
    const result = plain(await work(trx))
    await trx
      .updateTable('idempotency_keys')
      .set({ status: 200, body: JSON.stringify(result) })
      .where('scope', '=', scope)
      .where('key', '=', key)
      .execute()
    return result
  })
}
