import PDFDocument from 'pdfkit'
import { checkInvoiceFigures } from './check-invoice-figures'
import { collectPdf } from './collect-pdf'
import { drawBankBlock } from './draw-bank-block'
import { drawHeading, invoiceTitle } from './draw-heading'
import { drawLinesTable } from './draw-lines-table'
import { drawPageDecorations } from './draw-page-decorations'
import { drawSignatures, SIGNATURES_HEIGHT } from './draw-signatures'
import { drawTotals, totalsHeight } from './draw-totals'
import type { InvoiceDocument } from './invoice-document'
import { FONT_REGULAR, registerInvoiceFonts } from './invoice-fonts'
import { PAGE } from './invoice-layout'

/**
 * Renders a "Счёт на оплату" as an A4 PDF (AT-5.1). The same invoice always gives the same
 * bytes: the creation date is the issue date at Moscow midnight, never the clock, so a
 * re-rendered copy of an issued invoice is identical to the first.
 * @throws AppError `internal` when the figures do not add up.
 */
export const renderInvoicePdf = async (invoice: InvoiceDocument): Promise<Buffer> => {
  checkInvoiceFigures(invoice)
  const title = invoiceTitle(invoice)
  const doc = new PDFDocument({
    size: 'A4',
    margin: PAGE.margin,
    bufferPages: true,
    lang: 'ru-RU',
    displayTitle: true,
    info: {
      Title: title,
      Author: invoice.supplier.name,
      Subject: `${invoice.supplier.name} — ${invoice.buyer.name}`,
      Creator: 'Partner Relay',
      CreationDate: new Date(`${invoice.issuedOn}T00:00:00+03:00`),
    },
  })
  const bytes = collectPdf(doc)
  registerInvoiceFonts(doc)
  doc.font(FONT_REGULAR)

  drawBankBlock(doc, invoice.supplier)
  drawHeading(doc, invoice)
  drawLinesTable(doc, { lines: invoice.lines, keepWithLast: totalsHeight(doc, invoice) + SIGNATURES_HEIGHT })
  drawTotals(doc, invoice)
  drawSignatures(doc)
  drawPageDecorations(doc, { title, isVoid: invoice.isVoid })

  doc.end()
  return bytes
}
