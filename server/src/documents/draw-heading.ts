import { formatDateRu } from './format-date-ru'
import type { InvoiceDocument } from './invoice-document'
import { CONTENT_LEFT, CONTENT_RIGHT, CONTENT_WIDTH, STAMP, STYLE } from './invoice-layout'
import { heightOf, textAt } from './pdf-text'

const LABEL_WIDTH = 92
const GAP = 5

const joinRequisites = (parts: Array<string | undefined>): string => parts.filter(Boolean).join(', ')

export const invoiceTitle = ({ number, issuedOn }: Pick<InvoiceDocument, 'number' | 'issuedOn'>): string =>
  `Счёт на оплату № ${number} от ${formatDateRu(issuedOn)}`

export const drawLabelled = (doc: PDFKit.PDFDocument, label: string, value: string): void => {
  const valueWidth = CONTENT_WIDTH - LABEL_WIDTH
  const y = doc.y
  const height = Math.max(heightOf(doc, label, LABEL_WIDTH - GAP, STYLE.body), heightOf(doc, value, valueWidth, STYLE.bodyBold))
  textAt(doc, label, { x: CONTENT_LEFT, y, width: LABEL_WIDTH - GAP, style: STYLE.body })
  textAt(doc, value, { x: CONTENT_LEFT + LABEL_WIDTH, y, width: valueWidth, style: STYLE.bodyBold })
  doc.y = y + height + GAP
}

/** What heads a document to the partner: its title, a notice in red, who bills whom on what basis, and rows of its own. */
export type Heading = Pick<InvoiceDocument, 'supplier' | 'buyer' | 'basis' | 'client'> & { title: string; notice?: string; rows?: [string, string][] }

/** The invoice's heading: its title and, on a void invoice, the notice why. */
export const invoiceHeading = (invoice: InvoiceDocument): Heading => ({
  ...invoice,
  title: invoiceTitle(invoice),
  notice: invoice.isVoid ? `Счёт аннулирован${invoice.voidReason ? `: ${invoice.voidReason}` : ''}` : undefined,
})

/** Title, the notice, and who bills whom on what basis. */
export const drawHeading = (doc: PDFKit.PDFDocument, heading: Heading): void => {
  const { supplier, buyer, client, title } = heading
  doc.y += 14
  const titleY = doc.y
  textAt(doc, title, { x: CONTENT_LEFT, y: titleY, width: CONTENT_WIDTH, style: STYLE.title })
  doc.y = titleY + heightOf(doc, title, CONTENT_WIDTH, STYLE.title) + 4
  doc.lineWidth(2).moveTo(CONTENT_LEFT, doc.y).lineTo(CONTENT_RIGHT, doc.y).stroke()
  doc.y += 8

  if (heading.notice) {
    const notice = heading.notice
    const style = { ...STYLE.bodyBold, color: STAMP }
    const y = doc.y
    textAt(doc, notice, { x: CONTENT_LEFT, y, width: CONTENT_WIDTH, style })
    doc.y = y + heightOf(doc, notice, CONTENT_WIDTH, style) + GAP
  }

  drawLabelled(
    doc,
    'Поставщик (Исполнитель):',
    joinRequisites([
      supplier.name,
      `ИНН ${supplier.inn}`,
      supplier.kpp && `КПП ${supplier.kpp}`,
      supplier.address,
      supplier.phone && `тел.: ${supplier.phone}`,
      supplier.email && `e-mail: ${supplier.email}`,
    ]),
  )
  drawLabelled(doc, 'Покупатель (Заказчик):', joinRequisites([buyer.name, `ИНН ${buyer.inn}`, buyer.kpp && `КПП ${buyer.kpp}`, buyer.address]))
  drawLabelled(doc, 'Основание:', heading.basis)
  if (client) drawLabelled(doc, 'Клиент (сублицензиат):', `${client.name}, аккаунт № ${client.accountNumber}`)
  for (const [label, value] of heading.rows ?? []) drawLabelled(doc, label, value)
  doc.y += 4
}
