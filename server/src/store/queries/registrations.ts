import type { Insertable, Updateable } from 'kysely'
import type { Db, Trx } from '../db'
import type { Database } from '../schema'

/** Pins seen as deal registrations (AG-4): with the client's name, the partner's and the project's details. */
const selectRegistrations = (db: Db) =>
  db
    .selectFrom('pins')
    .innerJoin('partners', 'partners.id', 'pins.partner_id')
    .innerJoin('clients', 'clients.account_number', 'pins.account_number')
    .select([
      'pins.id',
      'pins.kind',
      'pins.source',
      'pins.account_number',
      'clients.name as client_name',
      'pins.partner_id',
      'partners.name as partner_name',
      'pins.state',
      'pins.project_name',
      'pins.project_discount_bps',
      'pins.valid_until',
      'pins.requested_at',
      'pins.decided_at',
      'pins.released_at',
      'pins.reason',
    ])

export type RegistrationRow = Awaited<ReturnType<ReturnType<typeof selectRegistrations>['executeTakeFirstOrThrow']>>

export type RenewalRequestRow = Awaited<ReturnType<ReturnType<typeof selectRenewalRequests>['executeTakeFirstOrThrow']>>
const selectRenewalRequests = (db: Db) => db.selectFrom('renewal_requests').selectAll()

/** The latest renewal request of each pin given. */
export const latestRenewalsOf = async (db: Db, pinIds: string[]): Promise<Map<string, RenewalRequestRow>> => {
  if (pinIds.length === 0) return new Map()
  const rows = await selectRenewalRequests(db).where('pin_id', 'in', pinIds).orderBy('requested_at', 'desc').orderBy('id').execute()
  const latest = new Map<string, RenewalRequestRow>()
  for (const row of rows) if (!latest.has(row.pin_id)) latest.set(row.pin_id, row)
  return latest
}

/** One deal registration: its partner's own only when `partnerId` is given. */
export const findRegistration = (db: Db, id: string, partnerId: string | null = null) => {
  let query = selectRegistrations(db).where('pins.id', '=', id)
  if (partnerId) query = query.where('pins.partner_id', '=', partnerId)
  return query.executeTakeFirst()
}

/** The latest deal registrations, newest first: a partner's own when `partnerId` is given, of one kind when asked. */
export const latestRegistrations = (db: Db, { partnerId, kind, limit }: { partnerId: string | null; kind?: 'client' | 'project'; limit: number }) => {
  let query = selectRegistrations(db)
  if (partnerId) query = query.where('pins.partner_id', '=', partnerId)
  if (kind) query = query.where('pins.kind', '=', kind)
  return query.orderBy('pins.requested_at', 'desc').orderBy('pins.id').limit(limit).execute()
}

export const getRenewalRequest = (db: Db, id: string) => selectRenewalRequests(db).where('id', '=', id).executeTakeFirstOrThrow()

/** Locks the renewal request still waiting on a registration, if any (AG-4). */
export const lockPendingRenewalOf = (trx: Trx, pinId: string) =>
  trx.selectFrom('renewal_requests').select('id').where('pin_id', '=', pinId).where('state', '=', 'pending').forUpdate().executeTakeFirst()

export type NewRenewalRequest = Insertable<Database['renewal_requests']>

export const insertRenewalRequest = async (trx: Trx, values: NewRenewalRequest) => {
  await trx.insertInto('renewal_requests').values(values).execute()
}

/** Writes the given columns of one renewal request. */
export const updateRenewalRequest = async (trx: Trx, id: string, changes: Updateable<Database['renewal_requests']>) => {
  await trx.updateTable('renewal_requests').set(changes).where('id', '=', id).execute()
}
