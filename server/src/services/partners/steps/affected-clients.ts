import { sublicenseTerms } from '../../../domain/invoices/sublicense-terms'
import type { Db } from '../../../store/db'
import { clientsReleasedOnExpulsion } from '../../../store/queries/clients'
import { paidInvoicesOf } from '../../../store/queries/invoices'

/**
 * The clients an expelled partner held (AT-4.3): those its pins were released from on expulsion,
 * with their contacts and how long their sublicenses are paid for.
 */
export const affectedClients = async (db: Db, partnerId: string) => {
  const clients = await clientsReleasedOnExpulsion(db, partnerId)
  const result = []
  for (const client of clients) {
    const { supportedUntil } = sublicenseTerms(await paidInvoicesOf(db, client.account_number))
    result.push({ accountNumber: client.account_number, name: client.name, email: client.email, phone: client.phone, paidThrough: supportedUntil })
  }
  return result
}
