import type { Selectable } from 'kysely'
import { AppError } from '../../../../shared/src/contract'
import type { Db, Trx } from '../db'
import type { Database } from '../schema'

export type PartnerRow = Selectable<Database['partners']>

export const findPartner = (db: Db, id: string) =>
  db.selectFrom('partners').selectAll().where('id', '=', id).executeTakeFirst()

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
