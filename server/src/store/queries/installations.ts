import type { TCrm, TRole } from '../../../../shared/src/contract'
import type { Db } from '../db'

/** A linked CRM account as the HTTP layer needs it to tell who is calling. */
export type LinkedInstallation = { id: string; role: TRole; partnerId: string | null; domain: string }

/** The installation a CRM account was linked to, read on every authenticated request. */
export const findInstallation = async (db: Db, crm: TCrm, account: string): Promise<LinkedInstallation | null> => {
  const row = await db
    .selectFrom('installations')
    .select(['id', 'role', 'partner_id', 'domain'])
    .where('crm', '=', crm)
    .where('account', '=', account)
    .executeTakeFirst()
  return row ? { id: row.id, role: row.role as TRole, partnerId: row.partner_id, domain: row.domain } : null
}
