import { formatDateRu } from './format-date-ru'
import type { InvoiceDocument } from './invoice-document'
import { CONTENT_LEFT, CONTENT_RIGHT, CONTENT_WIDTH, STAMP, STYLE } from './invoice-layout'
import { heightOf, textAt } from './pdf-text'

const LABEL_WIDTH = 92
const GAP = 5

const joinRequisites = (parts: Array<string | undefined>): string => parts.filter(Boolean).join(', ')

export const invoiceTitle = ({ number, issuedOn }: Pick<InvoiceDocument, 'number' | 'issuedOn'>): string =>
  `Счёт на оплату № ${number} от ${formatDateRu(issuedOn)}`

const drawLabelled = (doc: PDFKit.PDFDocument, label: string, value: string): void => {
  const valueWidth = CONTENT_WIDTH - LABEL_WIDTH
  const y = doc.y
  const height = Math.max(heightOf(doc, label, LABEL_WIDTH - GAP, STYLE.body), heightOf(doc, value, valueWidth, STYLE.bodyBold))
  textAt(doc, label, { x: CONTENT_LEFT, y, width: LABEL_WIDTH - GAP, style: STYLE.body })
  textAt(doc, value, { x: CONTENT_LEFT + LABEL_WIDTH, y, width: valueWidth, style: STYLE.bodyBold })
  doc.y = y + height + GAP
}

/** Title, the void notice, and who bills whom on what basis. */
export const drawHeading = (doc: PDFKit.PDFDocument, invoice: InvoiceDocument): void => {
  const { supplier, buyer, client } = invoice
  doc.y += 14
  const title = invoiceTitle(invoice)
  const titleY = doc.y
  textAt(doc, title, { x: CONTENT_LEFT, y: titleY, width: CONTENT_WIDTH, style: STYLE.title })
  doc.y = titleY + heightOf(doc, title, CONTENT_WIDTH, STYLE.title) + 4
  doc.lineWidth(2).moveTo(CONTENT_LEFT, doc.y).lineTo(CONTENT_RIGHT, doc.y).stroke()
  doc.y += 8

  if (invoice.isVoid) {
    const notice = `Счёт аннулирован${invoice.voidReason ? `: ${invoice.voidReason}` : ''}`
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
  drawLabelled(doc, 'Основание:', invoice.basis)
  if (client) drawLabelled(doc, 'Клиент (сублицензиат):', `${client.name}, аккаунт № ${client.accountNumber}`)
  doc.y += 4
}
