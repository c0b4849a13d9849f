import type { Insertable } from 'kysely'
import type { Trx } from '../db'
import type { Database } from '../schema'

export type NewAuditEntry = Insertable<Database['audit_log']>

/** Appends one record to the audit trail. */
export const insertAuditEntry = async (trx: Trx, entry: NewAuditEntry) => {
  await trx.insertInto('audit_log').values(entry).execute()
}
