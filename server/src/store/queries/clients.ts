import type { Selectable } from 'kysely'
import { AppError } from '../../../../shared/src/contract'
import type { Db } from '../db'
import type { Database } from '../schema'

export type ClientRow = Selectable<Database['clients']>

export const notRegistered = (accountNumber: string) =>
  new AppError('not_found', `Client account ${accountNumber} is not registered`, { rule: 'AT-1.1' })

export const findClient = (db: Db, accountNumber: string) =>
  db.selectFrom('clients').selectAll().where('account_number', '=', accountNumber).executeTakeFirst()

export const getClient = async (db: Db, accountNumber: string): Promise<ClientRow> => {
  const row = await findClient(db, accountNumber)
  if (!row) throw notRegistered(accountNumber)
  return row
}

/**
 * The client with its live pin, if any, in one query: the pricing path runs on every quote, and a
 * round trip saved there is felt at the partner's keyboard.
 */
export const getClientWithLivePin = async (db: Db, accountNumber: string) => {
  const row = await db
    .selectFrom('clients')
    .leftJoin('pins', (join) => join.onRef('pins.account_number', '=', 'clients.account_number').on('pins.state', 'in', ['requested', 'approved']))
    .selectAll('clients')
    .select([
      'pins.id as pin_id',
      'pins.partner_id as pin_partner_id',
      'pins.state as pin_state',
      'pins.kind as pin_kind',
      'pins.project_discount_bps as pin_project_discount_bps',
    ])
    .where('clients.account_number', '=', accountNumber)
    .executeTakeFirst()
  if (!row) throw notRegistered(accountNumber)
  const { pin_id, pin_partner_id, pin_state, pin_kind, pin_project_discount_bps, ...client } = row
  const livePin = pin_id ? { id: pin_id, partnerId: pin_partner_id!, state: pin_state!, kind: pin_kind!, projectDiscountBps: pin_project_discount_bps } : null
  return { client: client as ClientRow, livePin }
}
