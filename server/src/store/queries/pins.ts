import type { Insertable, Updateable } from 'kysely'
import { jsonArrayFrom, jsonObjectFrom } from 'kysely/helpers/postgres'
import { compileOnce } from '../compile-once'
import type { Db, Trx } from '../db'
import type { Database } from '../schema'
import { invoiceFromJson, invoicesOfClientJson } from './invoices'

const pinColumns = [
  'pins.id',
  'pins.account_number',
  'pins.partner_id',
  'partners.name as partner_name',
  'clients.name as client_name',
  'pins.state',
  'pins.reason',
  'pins.reference',
  'pins.requested_at',
  'pins.decided_at',
  'pins.released_at',
  'pins.kind',
  'pins.project_discount_bps',
  'pins.valid_until',
  'pins.client_confirmed',
  'pins.client_confirmation_note',
] as const

// The client's name rides along, so a list names each client without a query per item.
const selectPins = (db: Db) =>
  db
    .selectFrom('pins')
    .innerJoin('partners', 'partners.id', 'pins.partner_id')
    .innerJoin('clients', 'clients.account_number', 'pins.account_number')
    .select(pinColumns)

/** The account's live pin (requested or approved); the partial unique index allows at most one. */
export const findLivePin = (db: Db, accountNumber: string) =>
  selectPins(db).where('pins.account_number', '=', accountNumber).where('pins.state', 'in', ['requested', 'approved']).executeTakeFirst()

export const findPin = (db: Db, id: string) => selectPins(db).where('pins.id', '=', id).executeTakeFirst()

/** The card's first query as Kysely builds it: the client and its pin history, with the calling partner's own standing when one is given. */
export const clientWithPinHistoryQuery = (db: Db, accountNumber: string, callerPartnerId: string | null) =>
  db
    .selectFrom('clients')
    .selectAll('clients')
    .select((eb) =>
      jsonArrayFrom(
        eb
          .selectFrom('pins')
          .innerJoin('partners', 'partners.id', 'pins.partner_id')
          .select([...pinColumns, 'partners.state as partner_state', 'partners.email as partner_email'])
          .whereRef('pins.account_number', '=', 'clients.account_number')
          .orderBy('pins.requested_at', 'desc')
          .orderBy('pins.id'),
      ).as('pins'),
    )
    // Terms paid before the relay, brought by an import (issue 10): rarely any, so no second statement.
    .select((eb) =>
      jsonArrayFrom(
        eb
          .selectFrom('imported_terms')
          .select(['imported_terms.id', 'imported_terms.sku', 'imported_terms.name', 'imported_terms.quantity', 'imported_terms.paid_until'])
          .whereRef('imported_terms.account_number', '=', 'clients.account_number')
          .orderBy('imported_terms.paid_until'),
      ).as('imported_terms'),
    )
    // The calling partner's own standing rides along, so the card stays one query before its invoices.
    .$if(callerPartnerId !== null, (query) =>
      query.select((eb) =>
        jsonObjectFrom(
          eb
            .selectFrom('partners')
            .select(['partners.state', 'partners.status', 'partners.countries', 'partners.extra_countries'])
            .where('partners.id', '=', callerPartnerId ?? ''),
        ).as('caller'),
      ),
    )
    .where('clients.account_number', '=', accountNumber)

/** The card's first query, as vendor staff ask it and as a partner does: each shape compiled once. */
export const clientWithPinHistoryStatements = {
  forStaff: compileOnce((db: Db, accountNumber: string) => clientWithPinHistoryQuery(db, accountNumber, null), 1),
  forPartner: compileOnce((db: Db, accountNumber: string, callerPartnerId: string) => clientWithPinHistoryQuery(db, accountNumber, callerPartnerId), 2),
}

/**
 * The client and every pin it has had, newest first, with each holder's state and e-mail (and the
 * calling partner's own state and status, when a partner calls), in one query: the card is the
 * relay's hottest read, so its statement is compiled once. The pins come back as JSON, so their
 * timestamps arrive as ISO strings whatever the types say (`toPin` takes both).
 */
export const clientWithPinHistory = (db: Db, accountNumber: string, callerPartnerId: string | null = null) =>
  callerPartnerId === null
    ? clientWithPinHistoryStatements.forStaff.executeTakeFirst(db, accountNumber)
    : clientWithPinHistoryStatements.forPartner.executeTakeFirst(db, accountNumber, callerPartnerId)

/** The card's one statement as Kysely builds it: `clientWithPinHistoryQuery` with the client's invoices (a partner's own) brought along. */
export const clientCardQuery = (db: Db, accountNumber: string, callerPartnerId: string | null) =>
  clientWithPinHistoryQuery(db, accountNumber, callerPartnerId).select((eb) => invoicesOfClientJson(eb, callerPartnerId).as('invoices'))

/** The card's one statement, as vendor staff ask it and as a partner does: each shape compiled once. */
export const clientCardStatements = {
  forStaff: compileOnce((db: Db, accountNumber: string) => clientCardQuery(db, accountNumber, null), 1),
  forPartner: compileOnce((db: Db, accountNumber: string, callerPartnerId: string) => clientCardQuery(db, accountNumber, callerPartnerId), 2),
}

/**
 * What `clientWithPinHistory` answers, with the client's invoices as `invoicesOfClient` answers them
 * (a partner's own only, X-5), in one statement: on either engine the fixed cost of a statement is
 * most of the card's. The invoices come back as the same rows, money a bigint, dates as text.
 */
export const clientWithPinsAndInvoices = async (db: Db, accountNumber: string, callerPartnerId: string | null = null) => {
  const row =
    callerPartnerId === null
      ? await clientCardStatements.forStaff.executeTakeFirst(db, accountNumber)
      : await clientCardStatements.forPartner.executeTakeFirst(db, accountNumber, callerPartnerId)
  return row && { ...row, invoices: (row.invoices ?? []).map(invoiceFromJson) }
}

/** A partner's pins, newest first. */
export const pinsOfPartner = (db: Db, partnerId: string) =>
  selectPins(db).where('pins.partner_id', '=', partnerId).orderBy('pins.requested_at', 'desc').execute()

/** A partner's live pins (requested or approved), by account number. */
export const livePinsOfPartner = (db: Db, partnerId: string) =>
  selectPins(db).where('pins.partner_id', '=', partnerId).where('pins.state', 'in', ['requested', 'approved']).orderBy('pins.account_number').execute()

/** Pin requests waiting for vendor staff, oldest first (AT-4.4). */
export const requestedPins = (db: Db) => selectPins(db).where('pins.state', '=', 'requested').orderBy('pins.requested_at').execute()

/** The latest pins, newest first: a partner's own when `partnerId` is given. */
export const latestPins = (db: Db, { partnerId, limit }: { partnerId: string | null; limit: number }) => {
  let query = selectPins(db)
  if (partnerId) query = query.where('pins.partner_id', '=', partnerId)
  return query.orderBy('pins.requested_at', 'desc').orderBy('pins.id').limit(limit).execute()
}

/** Locks one pin's row for a change; the columns a decision reads. A partner's own only when `partnerId` is given. */
export const lockPin = (trx: Trx, id: string, partnerId?: string) => {
  let query = trx.selectFrom('pins').select(['id', 'kind', 'state', 'valid_until', 'project_discount_bps']).where('id', '=', id)
  if (partnerId) query = query.where('partner_id', '=', partnerId)
  return query.forUpdate().executeTakeFirst()
}

export type NewPin = Insertable<Database['pins']>
export type PinChanges = Updateable<Database['pins']>

export const insertPin = async (trx: Trx, values: NewPin) => {
  await trx.insertInto('pins').values(values).execute()
}

/** Writes the given columns of one pin. */
export const updatePin = async (trx: Trx, id: string, changes: PinChanges) => {
  await trx.updateTable('pins').set(changes).where('id', '=', id).execute()
}

/**
 * Approved deal registrations whose protection ended before `today` (AG-4), with no renewal request
 * still waiting, by end date.
 */
export const lapsedRegistrations = (db: Db, today: string) =>
  db
    .selectFrom('pins')
    .select(['id', 'valid_until'])
    .where('state', '=', 'approved')
    .where('valid_until', '<', today)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('renewal_requests')
            .select('renewal_requests.id')
            .whereRef('renewal_requests.pin_id', '=', 'pins.id')
            .where('renewal_requests.state', '=', 'pending'),
        ),
      ),
    )
    .orderBy('valid_until')
    .execute()

/**
 * Records that a partner asked for the account of a pending request; asking again keeps the first
 * time (AT-1.2a). True when this is the first time.
 */
export const insertPinInterest = async (trx: Trx, values: { id: string; pinId: string; partnerId: string; at: Date }) => {
  const row = await trx
    .insertInto('pin_interests')
    .values({ id: values.id, pin_id: values.pinId, partner_id: values.partnerId, created_at: values.at })
    .onConflict((oc) => oc.columns(['pin_id', 'partner_id']).doNothing())
    .returning('id')
    .executeTakeFirst()
  return row !== undefined
}

/** Who else asked for the accounts of these pin requests, first asked first (AT-1.2a). */
export const interestsInPins = (db: Db, pinIds: string[]) =>
  pinIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('pin_interests')
        .innerJoin('partners', 'partners.id', 'pin_interests.partner_id')
        .select(['pin_interests.pin_id', 'pin_interests.partner_id', 'partners.name as partner_name', 'pin_interests.created_at'])
        .where('pin_interests.pin_id', 'in', pinIds)
        .orderBy('pin_interests.created_at')
        .execute()
