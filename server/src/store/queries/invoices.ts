import { AppError } from '../../../../shared/src/contract'
import type { Db } from '../db'

export const selectInvoices = (db: Db) =>
  db.selectFrom('invoices').innerJoin('partners', 'partners.id', 'invoices.partner_id').selectAll('invoices').select('partners.name as partner_name')

export type InvoiceRow = Awaited<ReturnType<ReturnType<typeof selectInvoices>['executeTakeFirstOrThrow']>>

/**
 * An invoice the caller may see: its owner or vendor staff. Another partner's invoice answers
 * not_found, never forbidden, so ids do not leak across tenants.
 */
export const getVisibleInvoice = async (db: Db, id: string, partnerId: string | null, lock = false): Promise<InvoiceRow> => {
  let query = selectInvoices(db).where('invoices.id', '=', id)
  if (partnerId) query = query.where('invoices.partner_id', '=', partnerId)
  if (lock) query = query.forUpdate('invoices')
  const row = await query.executeTakeFirst()
  if (!row) throw new AppError('not_found', 'No such invoice')
  return row
}
