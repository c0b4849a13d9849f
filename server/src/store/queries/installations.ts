import type { Kysely } from 'kysely'
import type { TCrm, TRole } from '../../../../shared/src/contract'
import type { InstallationRow } from '../../http/http-deps'
import type { Database } from '../schema'

/** The installation a CRM account was linked to, read on every authenticated request. */
export const findInstallation = async (db: Kysely<Database>, crm: TCrm, account: string): Promise<InstallationRow | null> => {
  const row = await db
    .selectFrom('installations')
    .select(['id', 'role', 'partner_id', 'domain'])
    .where('crm', '=', crm)
    .where('account', '=', account)
    .executeTakeFirst()
  return row ? { id: row.id, role: row.role as TRole, partnerId: row.partner_id, domain: row.domain } : null
}
