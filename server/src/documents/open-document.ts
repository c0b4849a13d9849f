import PDFDocument from 'pdfkit'
import { collectPdf } from './collect-pdf'
import { FONT_REGULAR, registerInvoiceFonts } from './invoice-fonts'
import { PAGE } from './invoice-layout'

/**
 * An A4 document to the partner with the DejaVu fonts registered, and its bytes once ended. The
 * creation date is the issue date at Moscow midnight, never the clock, so a re-rendered copy is
 * identical to the first.
 */
export const openDocument = ({ title, author, subject, issuedOn }: { title: string; author: string; subject: string; issuedOn: string }) => {
  const doc = new PDFDocument({
    size: 'A4',
    margin: PAGE.margin,
    bufferPages: true,
    lang: 'ru-RU',
    displayTitle: true,
    info: { Title: title, Author: author, Subject: subject, Creator: 'Partner Relay', CreationDate: new Date(`${issuedOn}T00:00:00+03:00`) },
  })
  const bytes = collectPdf(doc)
  registerInvoiceFonts(doc)
  doc.font(FONT_REGULAR)
  return { doc, bytes }
}
