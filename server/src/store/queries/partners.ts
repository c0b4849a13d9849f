import type { Insertable, Selectable, Updateable } from 'kysely'
import { sql } from 'kysely'
import { AppError } from '../../../../shared/src/contract'
import type { Db, Trx } from '../db'
import type { Database } from '../schema'

export type PartnerRow = Selectable<Database['partners']>

export const findPartner = (db: Db, id: string) => db.selectFrom('partners').selectAll().where('id', '=', id).executeTakeFirst()

/** Loads a partner for a change, locking its row so concurrent state changes queue up. */
export const lockPartner = async (trx: Trx, id: string): Promise<PartnerRow> => {
  const row = await trx.selectFrom('partners').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
  if (!row) throw new AppError('not_found', 'No such partner')
  return row
}

export const getPartner = async (db: Db, id: string): Promise<PartnerRow> => {
  const row = await findPartner(db, id)
  if (!row) throw new AppError('not_found', 'No such partner')
  return row
}

export const countLiveViolations = async (db: Db, partnerId: string): Promise<number> => {
  const { count } = await db
    .selectFrom('violations')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('partner_id', '=', partnerId)
    .where('voided_at', 'is', null)
    .executeTakeFirstOrThrow()
  return Number(count)
}

export type NewPartner = Insertable<Database['partners']>
export type PartnerChanges = Updateable<Database['partners']>

export const insertPartner = async (trx: Trx, values: NewPartner) => {
  await trx.insertInto('partners').values(values).execute()
}

/** Writes the given columns of one partner. */
export const updatePartner = async (trx: Trx, id: string, changes: PartnerChanges) => {
  await trx.updateTable('partners').set(changes).where('id', '=', id).execute()
}

/** Every partner with its live violation count, by name. */
export const partnersWithLiveViolations = (db: Db) =>
  db
    .selectFrom('partners')
    .selectAll('partners')
    .select(sql<string>`(select count(*) from violations v where v.partner_id = partners.id and v.voided_at is null)`.as('live_violations'))
    .orderBy('partners.name')
    .execute()

/** The members of a distributor's network, by name (AG-REQ). */
export const networkMembersOf = (db: Db, parentId: string) =>
  db.selectFrom('partners').select(['id', 'name', 'status', 'authorized_on', 'state']).where('parent_partner_id', '=', parentId).orderBy('name').execute()

/** Partners with a renewal flag waiting for vendor staff (AG-3.2), not expelled, by name. */
export const partnersWithRenewalFlags = (db: Db) =>
  db
    .selectFrom('partners')
    .select(['id', 'name', 'status', 'renewal_flags'])
    .where(sql<boolean>`jsonb_array_length(renewal_flags) > 0`)
    .where('state', '!=', 'expelled')
    .orderBy('name')
    .execute()

/** Partners whose certificate or status term is due for renewal by `today` (AG-3.2, AG-3.3a), not expelled. */
export const partnersDueForRenewal = (db: Db, today: string) =>
  db
    .selectFrom('partners')
    .select('id')
    .where('state', '!=', 'expelled')
    .where((eb) => eb.or([eb('certificate_valid_until', '<=', today), eb('status_valid_until', '<', today)]))
    .orderBy('id')
    .execute()

/** The partners a half-year review judges (AG-3.3b): authorized or holding a review status, not expelled. */
export const partnersUnderReview = (db: Db, reviewStatuses: string[]) =>
  db
    .selectFrom('partners')
    .selectAll()
    .where('state', '!=', 'expelled')
    .where((eb) => eb.or([eb('authorized_on', 'is not', null), eb('status', 'in', reviewStatuses)]))
    .orderBy('name')
    .execute()

/** Another partner holding this INN, if any. */
export const findPartnerByInn = (db: Db, inn: string, exceptId?: string) => {
  let query = db.selectFrom('partners').select(['id', 'name']).where('inn', '=', inn)
  if (exceptId) query = query.where('id', '!=', exceptId)
  return query.executeTakeFirst()
}

export type PartnerFilter = { q?: string; state?: string; status?: string }

/** The partners a directory search finds: a part of the name in any case, or the INN's beginning. */
const filtered = (db: Db, { q, state, status }: PartnerFilter) => {
  let query = db.selectFrom('partners')
  if (q) {
    const like = `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    query = query.where((eb) => eb.or([eb(sql`lower(partners.name)`, 'like', like), eb('partners.inn', 'like', `${q.replace(/\D/g, '') || '-'}%`)]))
  }
  if (state) query = query.where('partners.state', '=', state as PartnerRow['state'])
  if (status) query = query.where('partners.status', '=', status)
  return query
}

/**
 * One page of the partner directory ordered by (lower(name), id), after the partner `after` names:
 * keyset paging on the `partners_name_id` index, as quick on the thousandth page as on the first.
 */
export const searchPartnerPage = (db: Db, filter: PartnerFilter & { after?: string; limit: number }) => {
  let query = filtered(db, filter)
    .selectAll('partners')
    .select(sql<string>`(select count(*) from violations v where v.partner_id = partners.id and v.voided_at is null)`.as('live_violations'))
  if (filter.after) {
    const after = filter.after
    query = query.where((eb) => sql<boolean>`(lower(partners.name), partners.id) > (select lower(p.name), p.id from partners p where p.id = ${eb.val(after)})`)
  }
  return query
    .orderBy(sql`lower(partners.name)`)
    .orderBy('partners.id')
    .limit(filter.limit + 1)
    .execute()
}

export const countPartners = async (db: Db, filter: PartnerFilter): Promise<number> => {
  const { count } = await filtered(db, filter)
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .executeTakeFirstOrThrow()
  return Number(count)
}
