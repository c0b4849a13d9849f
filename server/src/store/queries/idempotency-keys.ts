import type { Trx } from '../db'

type KeyOf = { scope: string; key: string }

/** Claims a retry key for this request; false when another request holds it already. */
export const claimIdempotencyKey = async (trx: Trx, { scope, key, requestHash }: KeyOf & { requestHash: string }): Promise<boolean> => {
  const claimed = await trx
    .insertInto('idempotency_keys')
    .values({ scope, key, request_hash: requestHash, status: 0, body: null })
    .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst()
  return claimed !== undefined
}

/** The request hash and stored answer under a claimed key. */
export const getIdempotentAnswer = (trx: Trx, { scope, key }: KeyOf) =>
  trx.selectFrom('idempotency_keys').select(['request_hash', 'body']).where('scope', '=', scope).where('key', '=', key).executeTakeFirstOrThrow()

/** Stores the answer a replay of this key returns. */
export const storeIdempotentAnswer = async (trx: Trx, { scope, key, body }: KeyOf & { body: string }) => {
  await trx.updateTable('idempotency_keys').set({ status: 200, body }).where('scope', '=', scope).where('key', '=', key).execute()
}
