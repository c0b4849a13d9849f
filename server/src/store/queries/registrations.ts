import type { Db } from '../db'

/** Pins seen as deal registrations (AG-4): with the client's name, the partner's and the project's details. */
export const selectRegistrations = (db: Db) =>
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
export const selectRenewalRequests = (db: Db) => db.selectFrom('renewal_requests').selectAll()

/** The latest renewal request of each pin given. */
export const latestRenewalsOf = async (db: Db, pinIds: string[]): Promise<Map<string, RenewalRequestRow>> => {
  if (pinIds.length === 0) return new Map()
  const rows = await selectRenewalRequests(db).where('pin_id', 'in', pinIds).orderBy('requested_at', 'desc').orderBy('id').execute()
  const latest = new Map<string, RenewalRequestRow>()
  for (const row of rows) if (!latest.has(row.pin_id)) latest.set(row.pin_id, row)
  return latest
}
