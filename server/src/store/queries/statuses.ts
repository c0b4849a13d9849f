import type { Insertable, Updateable } from 'kysely'
import type { TSystemReason } from '../../../../shared/src/contract'
import type { Db, Trx } from '../db'
import type { Database } from '../schema'
import { creditNotesJson } from './credit-notes'

const selectStatusChanges = (db: Db) =>
  db
    .selectFrom('status_changes')
    .innerJoin('partners', 'partners.id', 'status_changes.partner_id')
    .selectAll('status_changes')
    .select('partners.name as partner_name')
export type StatusChangeRow = Awaited<ReturnType<ReturnType<typeof selectStatusChanges>['executeTakeFirstOrThrow']>>

const selectStatusApplications = (db: Db) =>
  db
    .selectFrom('status_applications')
    .innerJoin('partners', 'partners.id', 'status_applications.partner_id')
    .leftJoin('status_changes', 'status_changes.id', 'status_applications.change_id')
    .selectAll('status_applications')
    .select(['partners.name as partner_name', 'status_changes.effective_on', 'status_changes.valid_until'])
export type StatusApplicationRow = Awaited<ReturnType<ReturnType<typeof selectStatusApplications>['executeTakeFirstOrThrow']>>

export type EvidenceRow = Awaited<ReturnType<ReturnType<typeof selectEvidence>['executeTakeFirstOrThrow']>>
const selectEvidence = (db: Db) => db.selectFrom('requirement_evidence').selectAll()

/**
 * The basis of purchase volumes in a period (AG-REQ, X-2): settled invoices whose transfer arrived in
 * it or before it with a credit note dated in it, each with its credit notes.
 */
export const settledInvoicesIn = (db: Db, { from, to, partnerId }: { from: string; to: string; partnerId?: string }) => {
  let query = db
    .selectFrom('invoices')
    .select(['partner_id', 'lines', 'project_pin_id', 'transfer_received_on'])
    .select(creditNotesJson().as('credit_notes'))
    .where('state', '=', 'settled')
    .where('transfer_received_on', '<=', to)
    .where((eb) =>
      eb.or([
        eb('transfer_received_on', '>=', from),
        eb.exists(
          eb
            .selectFrom('credit_notes')
            .select('credit_notes.id')
            .whereRef('credit_notes.invoice_id', '=', 'invoices.id')
            .where('credit_notes.issued_on', '>=', from)
            .where('credit_notes.issued_on', '<=', to),
        ),
      ]),
    )
  if (partnerId) query = query.where('partner_id', '=', partnerId)
  return query.execute()
}

/** Network members without an authorization of their own, by distributor (AG-REQ). */
export const countedNetworkSizes = async (db: Db, parentId?: string): Promise<Map<string, number>> => {
  let query = db
    .selectFrom('partners')
    .select(['parent_partner_id', (eb) => eb.fn.countAll<string>().as('size')])
    .where('parent_partner_id', 'is not', null)
    .where('authorized_on', 'is', null)
    .where('state', '!=', 'expelled')
  if (parentId) query = query.where('parent_partner_id', '=', parentId)
  const rows = await query.groupBy('parent_partner_id').execute()
  return new Map(rows.map((row) => [row.parent_partner_id!, Number(row.size)]))
}

/** The columns of a reason the relay worded itself; both null for a reason vendor staff typed. */
export const reasonCodeColumns = (systemReason: TSystemReason | undefined) => ({
  reason_code: systemReason?.code ?? null,
  reason_params: systemReason ? JSON.stringify(systemReason.params) : null,
})

// Status changes (AG-3.3a, AG-3.3b)

/** A partner's pending status changes, by the date they take effect. */
export const pendingChangesOf = (db: Db, partnerId: string) =>
  selectStatusChanges(db).where('status_changes.partner_id', '=', partnerId).where('status_changes.state', '=', 'pending').orderBy('effective_on').execute()

/** Every pending status change, by date and partner name. */
export const pendingChanges = (db: Db) =>
  selectStatusChanges(db).where('status_changes.state', '=', 'pending').orderBy('effective_on').orderBy('partners.name').execute()

/** Pending status changes whose date has come by `today`, oldest first. */
export const dueStatusChanges = (db: Db, today: string) =>
  db
    .selectFrom('status_changes')
    .selectAll()
    .where('state', '=', 'pending')
    .where('effective_on', '<=', today)
    .orderBy('effective_on')
    .orderBy('created_at')
    .orderBy('id')
    .execute()

export const lockStatusChange = (trx: Trx, id: string) => trx.selectFrom('status_changes').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()

/** Settles a status change: applied, superseded or cancelled, with the reason when it did not apply. */
export const settleStatusChange = async (
  trx: Trx,
  { id, state, now, reason }: { id: string; state: 'applied' | 'superseded' | 'cancelled'; now: Date; reason: string | null },
) => {
  await trx.updateTable('status_changes').set({ state, settled_at: now, settle_reason: reason }).where('id', '=', id).execute()
}

/** Supersedes the partner's pending changes due on or after `from`; answers their ids. */
export const supersedeChangesFrom = (trx: Trx, { partnerId, from, now, reason }: { partnerId: string; from: string; now: Date; reason: string }) =>
  trx
    .updateTable('status_changes')
    .set({ state: 'superseded', settled_at: now, settle_reason: reason })
    .where('partner_id', '=', partnerId)
    .where('state', '=', 'pending')
    .where('effective_on', '>=', from)
    .returning('id')
    .execute()

export const insertStatusChange = async (trx: Trx, values: Insertable<Database['status_changes']>) => {
  await trx.insertInto('status_changes').values(values).execute()
}

/** The statuses a partner's pending changes lead to. */
export const scheduledStatusesOf = (db: Db, partnerId: string) =>
  db.selectFrom('status_changes').select('to_status').where('partner_id', '=', partnerId).where('state', '=', 'pending').execute()

// Status history

export const insertStatusHistory = async (trx: Trx, values: Insertable<Database['status_history']>) => {
  await trx.insertInto('status_history').values(values).execute()
}

/** A partner's latest status history rows, newest first. */
export const statusHistoryOf = (db: Db, partnerId: string, limit: number) =>
  db.selectFrom('status_history').selectAll().where('partner_id', '=', partnerId).orderBy('id', 'desc').limit(limit).execute()

// Status applications (AG-3.3a)

/** The partner's application waiting for the vendor, if any. */
export const findPendingApplicationOf = (db: Db, partnerId: string) =>
  db.selectFrom('status_applications').select('id').where('partner_id', '=', partnerId).where('state', '=', 'pending').executeTakeFirst()

/** One application: its partner's own only when `partnerId` is given. */
export const findStatusApplication = (db: Db, id: string, partnerId: string | null = null) => {
  let query = selectStatusApplications(db).where('status_applications.id', '=', id)
  if (partnerId) query = query.where('status_applications.partner_id', '=', partnerId)
  return query.executeTakeFirst()
}

/** The latest applications, newest first: a partner's own when `partnerId` is given. */
export const latestApplications = (db: Db, { partnerId, limit }: { partnerId: string | null; limit: number }) => {
  let query = selectStatusApplications(db)
  if (partnerId) query = query.where('status_applications.partner_id', '=', partnerId)
  return query.orderBy('status_applications.created_at', 'desc').limit(limit).execute()
}

/** Applications waiting for the vendor, oldest first. */
export const pendingApplications = (db: Db) =>
  selectStatusApplications(db).where('status_applications.state', '=', 'pending').orderBy('status_applications.created_at').execute()

export const lockStatusApplication = (trx: Trx, id: string) =>
  trx.selectFrom('status_applications').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()

export const insertStatusApplication = async (trx: Trx, values: Insertable<Database['status_applications']>) => {
  await trx.insertInto('status_applications').values(values).execute()
}

/** Writes the given columns of one application. */
export const updateStatusApplication = async (trx: Trx, id: string, changes: Updateable<Database['status_applications']>) => {
  await trx.updateTable('status_applications').set(changes).where('id', '=', id).execute()
}

// Requirement evidence (AG-REQ)

/** Evidence not voided: one partner's, or everyone's. */
export const liveEvidence = (db: Db, partnerId?: string) => {
  let query = selectEvidence(db).where('voided_at', 'is', null)
  if (partnerId) query = query.where('partner_id', '=', partnerId)
  return query.execute()
}

/** A partner's evidence, voided included, newest first. */
export const evidenceOf = (db: Db, partnerId: string) =>
  selectEvidence(db).where('partner_id', '=', partnerId).orderBy('recorded_on', 'desc').orderBy('created_at', 'desc').execute()

export const lockEvidence = (trx: Trx, id: string) => selectEvidence(trx).where('id', '=', id).forUpdate().executeTakeFirst()

export const insertEvidence = async (trx: Trx, values: Insertable<Database['requirement_evidence']>) => {
  await trx.insertInto('requirement_evidence').values(values).execute()
}

export const setEvidenceVoid = async (trx: Trx, { id, now, reason }: { id: string; now: Date; reason: string }) => {
  await trx.updateTable('requirement_evidence').set({ voided_at: now, void_reason: reason }).where('id', '=', id).execute()
}
