import type { TSystemReason } from '../../../../shared/src/contract'
import type { Db } from '../db'

export const selectStatusChanges = (db: Db) =>
  db.selectFrom('status_changes').innerJoin('partners', 'partners.id', 'status_changes.partner_id').selectAll('status_changes').select('partners.name as partner_name')
export type StatusChangeRow = Awaited<ReturnType<ReturnType<typeof selectStatusChanges>['executeTakeFirstOrThrow']>>

export const selectStatusApplications = (db: Db) =>
  db.selectFrom('status_applications').innerJoin('partners', 'partners.id', 'status_applications.partner_id').leftJoin('status_changes', 'status_changes.id', 'status_applications.change_id').selectAll('status_applications').select(['partners.name as partner_name', 'status_changes.effective_on', 'status_changes.valid_until'])
export type StatusApplicationRow = Awaited<ReturnType<ReturnType<typeof selectStatusApplications>['executeTakeFirstOrThrow']>>

export type EvidenceRow = Awaited<ReturnType<ReturnType<typeof selectEvidence>['executeTakeFirstOrThrow']>>
export const selectEvidence = (db: Db) => db.selectFrom('requirement_evidence').selectAll()

/** Invoices whose transfers arrived in a period, not voided since: the basis of purchase volumes (AG-REQ). */
export const settledInvoicesIn = (db: Db, { from, to, partnerId }: { from: string; to: string; partnerId?: string }) => {
  let query = db
    .selectFrom('invoices')
    .select(['partner_id', 'lines', 'project_pin_id'])
    .where('state', '=', 'settled')
    .where('transfer_received_on', '>=', from)
    .where('transfer_received_on', '<=', to)
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
