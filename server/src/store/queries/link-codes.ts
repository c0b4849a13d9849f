import type { TRole } from '../../../../shared/src/contract'
import type { LinkCodeState } from '../../domain/installations/usable-link-code'
import type { Db, Trx } from '../db'

/** A link code's state, read without a lock: the link itself re-reads it under one. */
export const findLinkCode = async (db: Db, code: string): Promise<LinkCodeState | undefined> => {
  const row = await db.selectFrom('link_codes').select(['used_at', 'expires_at']).where('code', '=', code).executeTakeFirst()
  return row && { usedAt: row.used_at, expiresAt: row.expires_at }
}

export const insertLinkCode = async (
  trx: Trx,
  { code, role, partnerId, expiresAt }: { code: string; role: TRole; partnerId: string | null; expiresAt: Date },
) => {
  await trx.insertInto('link_codes').values({ code, role, partner_id: partnerId, expires_at: expiresAt }).execute()
}

/** Loads a link code for its one use, locking its row so two installations cannot both take it. */
export const lockLinkCode = (trx: Trx, code: string) => trx.selectFrom('link_codes').selectAll().where('code', '=', code).forUpdate().executeTakeFirst()

/** Marks a link code used by an installation. */
export const setLinkCodeUsed = async (trx: Trx, { code, usedAt, installationId }: { code: string; usedAt: Date; installationId: string }) => {
  await trx.updateTable('link_codes').set({ used_at: usedAt, used_by: installationId }).where('code', '=', code).execute()
}
