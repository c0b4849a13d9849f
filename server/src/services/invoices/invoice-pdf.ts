import type { TQuoteLine } from '../../../../shared/src/contract'
import type { InvoiceDocument } from '../../documents/invoice-document'
import { renderInvoicePdf } from '../../documents/render-invoice-pdf'
import { getVisibleInvoice } from '../../store/queries/invoices'
import { partnerIdOf } from '../actor'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { documentParties } from './steps/document-parties'

const unitOf = (deps: Deps, sku: string) => deps.program.products.find((p) => p.sku === sku)?.unit ?? 'шт.'

/** The invoice as a «Счёт на оплату» PDF with the vendor's and the partner's requisites. */
export const invoicePdf = async (deps: Deps, ctx: Ctx, id: string) => {
  const invoice = await getVisibleInvoice(deps.db, id, partnerIdOf(ctx))
  const document: InvoiceDocument = {
    number: invoice.number,
    issuedOn: invoice.issued_on,
    payBy: invoice.transfer_due_on ?? undefined,
    isVoid: invoice.state === 'void',
    voidReason: invoice.void_reason ?? undefined,
    ...(await documentParties(deps.db, deps, invoice)),
    lines: (invoice.lines as TQuoteLine[]).map((line) => ({
      name: line.name,
      quantity: line.quantity,
      months: line.months,
      unit: unitOf(deps, line.sku),
      unitPriceKop: BigInt(line.unitPriceKop),
      listKop: BigInt(line.listKop),
      discountBps: line.discountBps,
      payableKop: BigInt(line.payableKop),
      vatBps: line.vatBps,
    })),
    totals: { listKop: invoice.list_kop, rewardKop: invoice.reward_kop, payableKop: invoice.payable_kop, vatKop: invoice.vat_kop },
  }
  return { contentType: 'application/pdf', filename: `Счёт ${invoice.number}.pdf`, body: await renderInvoicePdf(document) }
}
