import type { TCrm, TRole } from '../../../../shared/src/contract'
import type { Db, Trx } from '../db'
import type { InstallationRole } from '../schema'

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

/** The installation a CRM account was linked to, as stored. */
export const findInstallationRow = (db: Db, crm: TCrm, account: string) =>
  db.selectFrom('installations').selectAll().where('crm', '=', crm).where('account', '=', account).executeTakeFirst()

type InstallationLink = { role: InstallationRole; partner_id: string | null; domain: string }

export const insertInstallation = async (trx: Trx, values: { id: string; crm: TCrm; account: string } & InstallationLink) => {
  await trx.insertInto('installations').values(values).execute()
}

/** Re-links an installation to another partner or to the vendor. */
export const updateInstallation = async (trx: Trx, id: string, link: InstallationLink) => {
  await trx.updateTable('installations').set(link).where('id', '=', id).execute()
}
