import type { Selectable } from 'kysely'
import { AppError } from '../../../../shared/src/contract'
import type { Trx } from '../../services/deps'
import type { Database } from '../schema'

export type PartnerRow = Selectable<Database['partners']>

export const findPartner = (trx: Trx, id: string) =>
  trx.selectFrom('partners').selectAll().where('id', '=', id).executeTakeFirst()

/** Loads a partner for a change, locking its row so concurrent state changes queue up. */
export const lockPartner = async (trx: Trx, id: string): Promise<PartnerRow> => {
  const row = await trx.selectFrom('partners').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
  if (!row) throw new AppError('not_found', 'No such partner')
  return row
}

export const getPartner = async (trx: Trx, id: string): Promise<PartnerRow> => {
  const row = await findPartner(trx, id)
  if (!row) throw new AppError('not_found', 'No such partner')
  return row
}

export const countLiveViolations = async (trx: Trx, partnerId: string): Promise<number> => {
  const { count } = await trx
    .selectFrom('violations')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('partner_id', '=', partnerId)
    .where('voided_at', 'is', null)
    .executeTakeFirstOrThrow()
  return Number(count)
}
