import { CONTENT_LEFT, CONTENT_WIDTH, MUTED, PAGE, STAMP, STYLE } from './invoice-layout'
import { textAt } from './pdf-text'

const STAMP_TEXT = 'АННУЛИРОВАН'

const drawVoidStamp = (doc: PDFKit.PDFDocument): void => {
  const size = 64
  doc.save()
  doc.rotate(-40, { origin: [PAGE.width / 2, PAGE.height / 2] })
  doc.font(STYLE.bodyBold.font).fontSize(size).fillColor(STAMP).fillOpacity(0.22)
  const width = doc.widthOfString(STAMP_TEXT)
  doc.text(STAMP_TEXT, (PAGE.width - width) / 2, PAGE.height / 2 - size / 2, { lineBreak: false })
  doc.restore()
}

/**
 * Runs over every buffered page once the content is laid out: page numbers need the page
 * count, and the void stamp must sit on every page of a void invoice.
 */
export const drawPageDecorations = (doc: PDFKit.PDFDocument, { title, isVoid }: { title: string; isVoid: boolean }): void => {
  const { start, count } = doc.bufferedPageRange()
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i)
    if (isVoid) drawVoidStamp(doc)
    if (count === 1) continue
    // Writing inside the bottom margin would make pdfkit open a new page.
    const bottomMargin = doc.page.margins.bottom
    doc.page.margins.bottom = 0
    textAt(doc, `${title} — страница ${i - start + 1} из ${count}`, {
      x: CONTENT_LEFT,
      y: PAGE.height - PAGE.margin + 4,
      width: CONTENT_WIDTH,
      align: 'right',
      style: { ...STYLE.caption, color: MUTED },
    })
    doc.page.margins.bottom = bottomMargin
  }
}
