import type { Db, Trx } from '../db'

/** Invoices whose transfer deadline is still running: issued, the client paid, no transfer yet (AT-1.6). */
export const runningDeadlines = (db: Db) =>
  db
    .selectFrom('invoices')
    .select(['id', 'number', 'partner_id', 'client_paid_on', 'transfer_due_on', 'transfer_due_estimated'])
    .where('state', '=', 'issued')
    .where('client_paid_on', 'is not', null)
    .where('transfer_received_on', 'is', null)
    .orderBy('number')
    .execute()

/** Moves one invoice's transfer deadline (X-7: counted again on a new calendar file). */
export const setTransferDue = async (trx: Trx, { id, date, isEstimated }: { id: string; date: string; isEstimated: boolean }) => {
  await trx.updateTable('invoices').set({ transfer_due_on: date, transfer_due_estimated: isEstimated }).where('id', '=', id).execute()
}
