import type { Insertable, Selectable } from 'kysely'
import { AppError } from '../../../../shared/src/contract'
import type { Db, Trx } from '../db'
import type { Database } from '../schema'

export type ClientRow = Selectable<Database['clients']>

export const notRegistered = (accountNumber: string) => new AppError('not_found', `Client account ${accountNumber} is not registered`, { rule: 'AT-1.1' })

export const findClient = (db: Db, accountNumber: string) => db.selectFrom('clients').selectAll().where('account_number', '=', accountNumber).executeTakeFirst()

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

export type NewClient = Insertable<Database['clients']>

/** Registers a client account and answers it as stored. */
export const insertClient = (trx: Trx, values: NewClient): Promise<ClientRow> =>
  trx.insertInto('clients').values(values).returningAll().executeTakeFirstOrThrow()

export const setClientNegotiation = async (trx: Trx, { accountNumber, isOpen, note }: { accountNumber: string; isOpen: boolean; note: string | null }) => {
  await trx.updateTable('clients').set({ negotiation_open: isOpen, negotiation_note: note }).where('account_number', '=', accountNumber).execute()
}

/** Sets or clears the demo-account mark (AT-3.2) and answers the client as stored. */
export const setClientDemoMark = (trx: Trx, { accountNumber, isDemo }: { accountNumber: string; isDemo: boolean }): Promise<ClientRow> =>
  trx.updateTable('clients').set({ is_demo: isDemo }).where('account_number', '=', accountNumber).returningAll().executeTakeFirstOrThrow()

/** The clients a partner registered or has had a pin on, by account number. */
export const clientsOfPartner = (db: Db, partnerId: string) =>
  db
    .selectFrom('clients')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb('registered_by', '=', partnerId),
        eb('account_number', 'in', eb.selectFrom('pins').select('account_number').where('partner_id', '=', partnerId)),
      ]),
    )
    .orderBy('account_number')
    .execute()

/** The clients whose pins were released when their partner was expelled (AT-4.3), with their contacts. */
export const clientsReleasedOnExpulsion = (db: Db, partnerId: string) =>
  db
    .selectFrom('pins')
    .innerJoin('clients', 'clients.account_number', 'pins.account_number')
    .select(['clients.account_number', 'clients.name', 'clients.email', 'clients.phone'])
    .where('pins.partner_id', '=', partnerId)
    .where('pins.state', '=', 'released')
    .where('pins.reason', '=', 'partner-expelled')
    .orderBy('clients.account_number')
    .execute()
