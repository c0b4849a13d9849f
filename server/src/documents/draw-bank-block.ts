import type { InvoiceSupplier } from './invoice-document'
import { CONTENT_LEFT, CONTENT_WIDTH, STYLE } from './invoice-layout'
import { heightOf, textAt } from './pdf-text'

const PAD = 3
const ROW = 15
const LABEL_WIDTH = 42
const VALUE_WIDTH = 150

/**
 * The payment requisites grid every Russian invoice opens with, laid out as bank clients
 * expect to copy it into a payment order:
 *   bank name         | БИК   | bik
 *   Банк получателя   | Сч. № | correspondent account
 *   ИНН … | КПП …     | Сч. № | settlement account
 *   supplier name     |       |
 *   Получатель        |       |
 */
export const drawBankBlock = (doc: PDFKit.PDFDocument, supplier: InvoiceSupplier): void => {
  const left = CONTENT_LEFT
  const nameWidth = CONTENT_WIDTH - LABEL_WIDTH - VALUE_WIDTH
  const labelX = left + nameWidth
  const valueX = labelX + LABEL_WIDTH
  const right = left + CONTENT_WIDTH
  const captionHeight = heightOf(doc, 'Получатель', nameWidth, STYLE.caption)
  const blockHeight = (text: string) => Math.max(2 * ROW, heightOf(doc, text, nameWidth - 2 * PAD, STYLE.body) + captionHeight + 2 * PAD + 2)

  const top = doc.y
  const bankBottom = top + blockHeight(supplier.bank.name)
  const innBottom = bankBottom + ROW
  const bottom = innBottom + blockHeight(supplier.name)

  doc.lineWidth(0.75).strokeColor('#000000')
  doc.rect(left, top, CONTENT_WIDTH, bottom - top).stroke()
  doc.moveTo(labelX, top).lineTo(labelX, bottom).stroke()
  doc.moveTo(valueX, top).lineTo(valueX, bottom).stroke()
  doc.moveTo(left, bankBottom).lineTo(right, bankBottom).stroke()
  doc
    .moveTo(labelX, top + ROW)
    .lineTo(right, top + ROW)
    .stroke()
  doc.moveTo(left, innBottom).lineTo(labelX, innBottom).stroke()
  doc
    .moveTo(left + nameWidth / 2, bankBottom)
    .lineTo(left + nameWidth / 2, innBottom)
    .stroke()

  const cell = (text: string, x: number, y: number, width: number, style = STYLE.body) =>
    textAt(doc, text, { x: x + PAD, y: y + PAD, width: width - 2 * PAD, style })
  const caption = (text: string, bottomY: number) => cell(text, left, bottomY - captionHeight - 2 * PAD, nameWidth, STYLE.caption)

  cell(supplier.bank.name, left, top, nameWidth)
  caption('Банк получателя', bankBottom)
  cell('БИК', labelX, top, LABEL_WIDTH)
  cell(supplier.bank.bik, valueX, top, VALUE_WIDTH)
  cell('Сч. №', labelX, top + ROW, LABEL_WIDTH)
  cell(supplier.bank.corrAccount, valueX, top + ROW, VALUE_WIDTH)
  cell(`ИНН ${supplier.inn}`, left, bankBottom, nameWidth / 2)
  cell(`КПП ${supplier.kpp ?? ''}`.trim(), left + nameWidth / 2, bankBottom, nameWidth / 2)
  cell('Сч. №', labelX, bankBottom, LABEL_WIDTH)
  cell(supplier.bank.account, valueX, bankBottom, VALUE_WIDTH)
  cell(supplier.name, left, innBottom, nameWidth)
  caption('Получатель', bottom)

  doc.y = bottom
}
