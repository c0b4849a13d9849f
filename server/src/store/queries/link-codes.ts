import type { Kysely } from 'kysely'
import type { LinkCodeState } from '../../domain/installations/usable-link-code'
import type { Database } from '../schema'

/** A link code's state, read without a lock: the link itself re-reads it under one. */
export const findLinkCode = async (db: Kysely<Database>, code: string): Promise<LinkCodeState | undefined> => {
  const row = await db.selectFrom('link_codes').select(['used_at', 'expires_at']).where('code', '=', code).executeTakeFirst()
  return row && { usedAt: row.used_at, expiresAt: row.expires_at }
}
