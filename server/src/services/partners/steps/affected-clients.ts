import { sublicenseTerms } from '../../../domain/invoices/sublicense-terms'
import type { Db } from '../../../store/db'
import { paidInvoicesOf } from '../../clients/steps/paid-invoices'

/**
 * The clients an expelled partner held (AT-4.3): those its pins were released from on expulsion,
 * with their contacts and how long their sublicenses are paid for.
 */
export const affectedClients = async (db: Db, partnerId: string) => {
  const clients = await db
    .selectFrom('pins')
    .innerJoin('clients', 'clients.account_number', 'pins.account_number')
    .select(['clients.account_number', 'clients.name', 'clients.email', 'clients.phone'])
    .where('pins.partner_id', '=', partnerId)
    .where('pins.state', '=', 'released')
    .where('pins.reason', '=', 'partner-expelled')
    .orderBy('clients.account_number')
    .execute()
  const result = []
  for (const client of clients) {
    const { supportedUntil } = sublicenseTerms(await paidInvoicesOf(db, client.account_number))
    result.push({ accountNumber: client.account_number, name: client.name, email: client.email, phone: client.phone, paidThrough: supportedUntil })
  }
  return result
}
