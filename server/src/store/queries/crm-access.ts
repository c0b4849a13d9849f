import { sql } from 'kysely'
import type { TCrm } from '../../../../shared/src/contract'
import type { Db, Trx } from '../db'
import type { CrmAccessState } from '../schema'

/** The sealed tokens of one installation, as stored (ciphertext only). */
export type SealedAccess = { accessToken: string; refreshToken: string; accessExpiresAt: Date }

// The two-key form of the advisory lock keeps these keys apart from the jobs' one-key locks.
const CRM_ACCESS_LOCK_CLASS = 12

/**
 * Takes the transaction-scoped advisory lock of one installation's tokens, waiting for a relay
 * that holds it, then reads the row: whatever that relay stored is what this one sees (issue 12:
 * single-flight refresh). On PGlite the one session already runs transactions in turn; the lock is
 * taken all the same, so both engines run one statement list.
 */
export const lockCrmAccess = async (trx: Trx, installationId: string) => {
  await sql`select pg_advisory_xact_lock(${CRM_ACCESS_LOCK_CLASS}::int, hashtext(${installationId}))`.execute(trx)
  return findCrmAccess(trx, installationId)
}

export const findCrmAccess = (db: Db, installationId: string) =>
  db.selectFrom('crm_access').selectAll().where('installation_id', '=', installationId).executeTakeFirst()

/** Binds fresh tokens to an installation: a first grant, a new grant after re-authorisation, or a refresh. */
export const saveCrmAccess = async (trx: Trx, values: { installationId: string; crm: TCrm; apiHost: string; sealed: SealedAccess; updatedAt: Date }) => {
  const row = {
    crm: values.crm,
    api_host: values.apiHost,
    state: 'active' as const,
    access_token: values.sealed.accessToken,
    refresh_token: values.sealed.refreshToken,
    access_expires_at: values.sealed.accessExpiresAt,
    problem: null,
    updated_at: values.updatedAt,
  }
  await trx
    .insertInto('crm_access')
    .values({ installation_id: values.installationId, ...row })
    .onConflict((oc) => oc.column('installation_id').doUpdateSet(row))
    .execute()
}

/** Ends access: the tokens are erased, the reason kept for the staff and the partner. */
export const stopCrmAccess = async (
  trx: Trx,
  values: { installationId: string; state: Exclude<CrmAccessState, 'active'>; problem: string; updatedAt: Date },
) => {
  await trx
    .updateTable('crm_access')
    .set({ state: values.state, problem: values.problem, access_token: null, refresh_token: null, access_expires_at: null, updated_at: values.updatedAt })
    .where('installation_id', '=', values.installationId)
    .execute()
}

/** Every installation with its access state, for vendor staff's list. */
export const listInstallationsWithAccess = (db: Db) =>
  db
    .selectFrom('installations')
    .leftJoin('crm_access', 'crm_access.installation_id', 'installations.id')
    .select([
      'installations.id',
      'installations.crm',
      'installations.account',
      'installations.domain',
      'installations.role',
      'installations.partner_id',
      'crm_access.state',
      'crm_access.problem',
      'crm_access.updated_at',
    ])
    .orderBy('installations.created_at')
    .execute()

/** The installation of one CRM account by its id, for the OAuth callback that names it in `state`. */
export const findInstallationById = (db: Db, id: string) =>
  db.selectFrom('installations').select(['id', 'crm', 'account', 'domain', 'role', 'partner_id']).where('id', '=', id).executeTakeFirst()

/** Rows holding tokens, locked for re-encryption under the current key. */
export const lockSealedTokens = (trx: Trx) =>
  trx.selectFrom('crm_access').select(['installation_id', 'access_token', 'refresh_token']).where('state', '=', 'active').forUpdate().execute()

export const setSealedTokens = async (trx: Trx, values: { installationId: string; accessToken: string; refreshToken: string }) => {
  await trx
    .updateTable('crm_access')
    .set({ access_token: values.accessToken, refresh_token: values.refreshToken })
    .where('installation_id', '=', values.installationId)
    .execute()
}
