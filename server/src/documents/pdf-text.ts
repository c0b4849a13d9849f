import { INK, type TextStyle } from './invoice-layout'

type Align = 'left' | 'center' | 'right'
type Box = { x: number; y: number; width: number; align?: Align; style: TextStyle; maxHeight?: number }

const useStyle = (doc: PDFKit.PDFDocument, style: TextStyle): PDFKit.PDFDocument =>
  doc
    .font(style.font)
    .fontSize(style.size)
    .fillColor(style.color ?? INK)

/** Height the text takes when wrapped to `width`. */
export const heightOf = (doc: PDFKit.PDFDocument, text: string, width: number, style: TextStyle): number => useStyle(doc, style).heightOfString(text, { width })

/**
 * Draws wrapped text in a box at an absolute position. Callers check the page has room; text
 * taller than `maxHeight` ends in an ellipsis instead of running on.
 */
export const textAt = (doc: PDFKit.PDFDocument, text: string, box: Box): void => {
  const limit = box.maxHeight === undefined ? {} : { height: box.maxHeight, ellipsis: true }
  useStyle(doc, box.style).text(text, box.x, box.y, { width: box.width, align: box.align ?? 'left', ...limit })
}

/**
 * Draws one line of text, shrinking the font until it fits `width`: amounts must never wrap
 * mid-number, however large the invoice.
 */
export const fittedTextAt = (doc: PDFKit.PDFDocument, text: string, box: Box): void => {
  let size = box.style.size
  while (size > 4 && useStyle(doc, { ...box.style, size }).widthOfString(text) > box.width) size -= 0.5
  // Lower the smaller text so its baseline stays on the row's line.
  const baselineShift = (box.style.size - size) * 0.8
  useStyle(doc, { ...box.style, size }).text(text, box.x, box.y + baselineShift, {
    width: box.width,
    align: box.align ?? 'left',
    lineBreak: false,
  })
}
