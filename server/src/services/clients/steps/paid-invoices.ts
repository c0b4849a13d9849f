import type { PaidInvoice } from '../../../domain/invoices/sublicense-terms'
import type { Db } from '../../../store/db'

/** A client's invoices the client has paid and that are not void: the basis of its sublicense terms (AT-4.2). */
export const paidInvoicesOf = async (db: Db, accountNumber: string, partnerId?: string): Promise<PaidInvoice[]> => {
  let query = db
    .selectFrom('invoices')
    .select(['id', 'number', 'client_paid_on', 'on_time', 'lines'])
    .where('account_number', '=', accountNumber)
    .where('state', '!=', 'void')
    .where('client_paid_on', 'is not', null)
  if (partnerId) query = query.where('partner_id', '=', partnerId)
  const rows = await query.orderBy('client_paid_on').orderBy('number').execute()
  return rows.map((row) => ({
    id: row.id,
    number: row.number,
    clientPaidOn: row.client_paid_on!,
    onTime: row.on_time,
    lines: row.lines as PaidInvoice['lines'],
  }))
}
