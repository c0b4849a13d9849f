import type { DocumentParties, InvoiceBuyer, InvoiceSupplier } from '../../../documents/invoice-document'
import type { Db } from '../../../store/db'
import { findClient } from '../../../store/queries/clients'
import type { InvoiceRow } from '../../../store/queries/invoices'
import { getPartner } from '../../../store/queries/partners'
import type { Deps } from '../../deps'

/** Who a document about an invoice is from and to: the vendor's and the partner's requisites, the basis, the client. */
export const documentParties = async (db: Db, deps: Deps, invoice: Pick<InvoiceRow, 'partner_id' | 'account_number'>): Promise<DocumentParties> => {
  const partner = await getPartner(db, invoice.partner_id)
  const client = invoice.account_number ? await findClient(db, invoice.account_number) : undefined
  const { vendor } = deps.program
  const supplier: InvoiceSupplier = {
    name: vendor.name,
    inn: vendor.inn,
    kpp: vendor.kpp,
    address: vendor.address,
    bank: vendor.bank,
    phone: vendor.phone,
    email: vendor.email,
  }
  const buyer: InvoiceBuyer = { name: partner.name, inn: partner.inn, kpp: partner.kpp ?? undefined, address: partner.address ?? undefined }
  return { supplier, buyer, basis: deps.program.invoice.basis, client: client ? { accountNumber: client.account_number, name: client.name } : undefined }
}
