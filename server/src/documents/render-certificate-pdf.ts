import PDFDocument from 'pdfkit'
import type { CertificateDocument } from './certificate-document'
import { collectPdf } from './collect-pdf'
import { formatDateRu } from './format-date-ru'
import { FONT_BOLD, FONT_REGULAR, registerInvoiceFonts } from './invoice-fonts'
import { MUTED, PAGE } from './invoice-layout'
import { textAt } from './pdf-text'

/**
 * Renders the certificate of an official partner (AG-3.1) as a landscape A4 PDF in Russian, in
 * electronic form as the program issues it. The same certificate always gives the same bytes:
 * the creation date is the issue date at Moscow midnight, never the clock.
 */
export const renderCertificatePdf = async (certificate: CertificateDocument): Promise<Buffer> => {
  const title = `Сертификат официального партнёра № ${certificate.number}`
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: PAGE.margin,
    lang: 'ru-RU',
    displayTitle: true,
    info: {
      Title: title,
      Author: certificate.vendor.name,
      Subject: certificate.partner.name,
      Creator: 'Partner Relay',
      CreationDate: new Date(`${certificate.issuedOn}T00:00:00+03:00`),
    },
  })
  const bytes = collectPdf(doc)
  registerInvoiceFonts(doc)
  const width = doc.page.width
  const height = doc.page.height
  doc
    .lineWidth(3)
    .rect(18, 18, width - 36, height - 36)
    .stroke()
  doc
    .lineWidth(0.75)
    .rect(26, 26, width - 52, height - 52)
    .stroke()
  const box = { x: 60, width: width - 120 }
  const line = (text: string, y: number, size: number, bold = false, color?: string) =>
    textAt(doc, text, { x: box.x, y, width: box.width, align: 'center', style: { font: bold ? FONT_BOLD : FONT_REGULAR, size, color } })
  line(certificate.vendor.name, 70, 14, true)
  line('СЕРТИФИКАТ', 120, 34, true)
  line(`официального партнёра № ${certificate.number}`, 166, 13)
  line('Настоящим удостоверяется, что', 215, 12, false, MUTED)
  line(certificate.partner.name, 240, 22, true)
  line(`ИНН ${certificate.partner.inn}`, 275, 11, false, MUTED)
  line(`является официальным партнёром ${certificate.vendor.name} в рамках программы «${certificate.programName}»`, 305, 12)
  line(`со статусом «${certificate.statusName}»`, 330, 16, true)
  line(`Дата авторизации: ${formatDateRu(certificate.authorizedOn)}`, 380, 11)
  line(`Сертификат действителен до ${formatDateRu(certificate.validUntil)}`, 398, 12, true)
  const signatory = certificate.vendor.signatory
  if (signatory) line(`${signatory.title} ______________________ ${signatory.name}`, 460, 11)
  if (certificate.vendor.website) line(certificate.vendor.website, 505, 9, false, MUTED)
  doc.end()
  return bytes
}
