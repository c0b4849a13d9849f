import { checkInvoiceFigures } from './check-invoice-figures'
import { drawBankBlock } from './draw-bank-block'
import { drawHeading, invoiceHeading, invoiceTitle } from './draw-heading'
import { drawLinesTable } from './draw-lines-table'
import { drawPageDecorations } from './draw-page-decorations'
import { drawSignatures, SIGNATURES_HEIGHT } from './draw-signatures'
import { drawTotals, totalsHeight } from './draw-totals'
import type { InvoiceDocument } from './invoice-document'
import { openDocument } from './open-document'

/**
 * Renders a "Счёт на оплату" as an A4 PDF (AT-5.1). The same invoice always gives the same
 * bytes (`openDocument`), so a re-rendered copy of an issued invoice is identical to the first.
 * @throws AppError `internal` when the figures do not add up.
 */
export const renderInvoicePdf = async (invoice: InvoiceDocument): Promise<Buffer> => {
  checkInvoiceFigures(invoice)
  const title = invoiceTitle(invoice)
  const { doc, bytes } = openDocument({
    title,
    author: invoice.supplier.name,
    subject: `${invoice.supplier.name} — ${invoice.buyer.name}`,
    issuedOn: invoice.issuedOn,
  })

  drawBankBlock(doc, invoice.supplier)
  drawHeading(doc, invoiceHeading(invoice))
  drawLinesTable(doc, { lines: invoice.lines, keepWithLast: totalsHeight(doc, invoice) + SIGNATURES_HEIGHT })
  drawTotals(doc, invoice)
  drawSignatures(doc)
  drawPageDecorations(doc, { title, isVoid: invoice.isVoid })

  doc.end()
  return bytes
}
