import { jsonArrayFrom, jsonObjectFrom } from 'kysely/helpers/postgres'
import type { Db } from '../db'

const pinColumns = [
  'pins.id',
  'pins.account_number',
  'pins.partner_id',
  'partners.name as partner_name',
  'pins.state',
  'pins.reason',
  'pins.reference',
  'pins.requested_at',
  'pins.decided_at',
  'pins.released_at',
  'pins.kind',
  'pins.project_discount_bps',
  'pins.valid_until',
] as const

export const selectPins = (db: Db) => db.selectFrom('pins').innerJoin('partners', 'partners.id', 'pins.partner_id').select(pinColumns)

/** The account's live pin (requested or approved); the partial unique index allows at most one. */
export const findLivePin = (db: Db, accountNumber: string) =>
  selectPins(db).where('pins.account_number', '=', accountNumber).where('pins.state', 'in', ['requested', 'approved']).executeTakeFirst()

export const findPin = (db: Db, id: string) => selectPins(db).where('pins.id', '=', id).executeTakeFirst()

/**
 * The client and every pin it has had, newest first, with each holder's state and e-mail (and the
 * calling partner's own state and status, when a partner calls), in one query: the card is the
 * relay's hottest read. The pins come back as JSON, so their timestamps arrive as ISO strings
 * whatever the types say (`toPin` takes both).
 */
export const clientWithPinHistory = (db: Db, accountNumber: string, callerPartnerId: string | null = null) =>
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
    // The calling partner's own standing rides along, so the card stays one query before its invoices.
    .$if(callerPartnerId !== null, (query) =>
      query.select((eb) =>
        jsonObjectFrom(eb.selectFrom('partners').select(['partners.state', 'partners.status']).where('partners.id', '=', callerPartnerId ?? '')).as('caller'),
      ),
    )
    .where('clients.account_number', '=', accountNumber)
    .executeTakeFirst()
