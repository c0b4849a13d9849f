import type { TCrm, TRole } from '../../../../shared/src/contract'
import type { Db, Trx } from '../db'
import type { InstallationRole } from '../schema'

/** A linked CRM account as the HTTP layer needs it to tell who is calling. */
export type LinkedInstallation = { id: string; role: TRole; partnerId: string | null; domain: string; isRevoked: boolean }

/** The installation a CRM account was linked to, read on every authenticated request. */
export const findInstallation = async (db: Db, crm: TCrm, account: string): Promise<LinkedInstallation | null> => {
  const row = await db
    .selectFrom('installations')
    .select(['id', 'role', 'partner_id', 'domain', 'revoked_at'])
    .where('crm', '=', crm)
    .where('account', '=', account)
    .executeTakeFirst()
  return row ? { id: row.id, role: row.role as TRole, partnerId: row.partner_id, domain: row.domain, isRevoked: row.revoked_at !== null } : null
}

/** The installation a CRM account was linked to, as stored. */
export const findInstallationRow = (db: Db, crm: TCrm, account: string) =>
  db.selectFrom('installations').selectAll().where('crm', '=', crm).where('account', '=', account).executeTakeFirst()

type InstallationLink = { role: InstallationRole; partner_id: string | null; domain: string }

/** A re-link with a new code: linked again from now, a revocation lifted. */
type Relink = InstallationLink & { linked_at: Date; revoked_at: null; revoked_reason: null }

export const insertInstallation = async (trx: Trx, values: { id: string; crm: TCrm; account: string; linked_at: Date } & InstallationLink) => {
  await trx.insertInto('installations').values(values).execute()
}

/** Re-links an installation to another partner or to the vendor. */
export const updateInstallation = async (trx: Trx, id: string, link: Relink) => {
  await trx.updateTable('installations').set(link).where('id', '=', id).execute()
}

/** A partner's linked CRM accounts, newest link first. */
export const partnerInstallations = (db: Db, partnerId: string) =>
  db
    .selectFrom('installations')
    .select(['id', 'crm', 'account', 'domain', 'linked_at', 'last_seen_at', 'revoked_at', 'revoked_reason'])
    .where('partner_id', '=', partnerId)
    .where('role', '=', 'partner')
    .orderBy('linked_at', 'desc')
    .orderBy('id')
    .execute()

/** One of a partner's installations, locked for a change; undefined when the partner has no such one. */
export const lockPartnerInstallation = (trx: Trx, partnerId: string, id: string) =>
  trx
    .selectFrom('installations')
    .select(['id', 'crm', 'account', 'domain', 'linked_at', 'last_seen_at', 'revoked_at', 'revoked_reason'])
    .where('id', '=', id)
    .where('partner_id', '=', partnerId)
    .where('role', '=', 'partner')
    .forUpdate()
    .executeTakeFirst()

export const setInstallationRevoked = async (trx: Trx, id: string, { at, reason }: { at: Date; reason: string }) => {
  await trx.updateTable('installations').set({ revoked_at: at, revoked_reason: reason }).where('id', '=', id).execute()
}

/** Notes a request from an installation, unless one was noted within the last minute. */
export const touchInstallation = async (db: Db, id: string, at: Date) => {
  await db
    .updateTable('installations')
    .set({ last_seen_at: at })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('last_seen_at', 'is', null), eb('last_seen_at', '<', new Date(at.getTime() - 60_000))]))
    .execute()
}
