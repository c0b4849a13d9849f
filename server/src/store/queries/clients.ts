import type { Selectable } from 'kysely'
import { AppError } from '../../../../shared/src/contract'
import type { Trx } from '../../services/deps'
import type { Database } from '../schema'

export type ClientRow = Selectable<Database['clients']>

export const findClient = (trx: Trx, accountNumber: string) =>
  trx.selectFrom('clients').selectAll().where('account_number', '=', accountNumber).executeTakeFirst()

export const getClient = async (trx: Trx, accountNumber: string): Promise<ClientRow> => {
  const row = await findClient(trx, accountNumber)
  if (!row) throw new AppError('not_found', `Client account ${accountNumber} is not registered`, { rule: 'AT-1.1' })
  return row
}
