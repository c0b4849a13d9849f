import { CONTENT_BOTTOM, CONTENT_LEFT, CONTENT_RIGHT, CONTENT_WIDTH, PAGE, STYLE } from './invoice-layout'
import { textAt } from './pdf-text'

export const SIGNATURES_HEIGHT = 60
const ROLE_WIDTH = 80
const SIGN_WIDTH = 72
const NAME_WIDTH = 96

const drawSignature = (doc: PDFKit.PDFDocument, role: string, x: number, y: number): void => {
  textAt(doc, role, { x, y: y + 4, width: ROLE_WIDTH, style: STYLE.bodyBold })
  const lineY = y + 15
  const signX = x + ROLE_WIDTH
  const nameX = signX + SIGN_WIDTH + 8
  doc.lineWidth(0.5)
  doc
    .moveTo(signX, lineY)
    .lineTo(signX + SIGN_WIDTH, lineY)
    .stroke()
  doc
    .moveTo(nameX, lineY)
    .lineTo(nameX + NAME_WIDTH, lineY)
    .stroke()
  textAt(doc, 'подпись', { x: signX, y: lineY + 2, width: SIGN_WIDTH, align: 'center', style: STYLE.caption })
  textAt(doc, 'расшифровка подписи', { x: nameX, y: lineY + 2, width: NAME_WIDTH, align: 'center', style: STYLE.caption })
}

/** The supplier's signature lines, left blank to be signed on paper or replaced by an e-signature. */
export const drawSignatures = (doc: PDFKit.PDFDocument): void => {
  if (doc.y + SIGNATURES_HEIGHT > CONTENT_BOTTOM) {
    doc.addPage()
    doc.y = PAGE.margin
  }
  const y = doc.y + 10
  doc.lineWidth(2).moveTo(CONTENT_LEFT, y).lineTo(CONTENT_RIGHT, y).stroke()
  drawSignature(doc, 'Руководитель', CONTENT_LEFT, y + 14)
  drawSignature(doc, 'Бухгалтер', CONTENT_LEFT + CONTENT_WIDTH / 2 + 4, y + 14)
  doc.y = y + SIGNATURES_HEIGHT
}
