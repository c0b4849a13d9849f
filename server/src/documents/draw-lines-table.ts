import { formatKop } from '../domain/money/format-kop'
import { formatPercent } from './format-percent'
import type { InvoiceDocumentLine } from './invoice-document'
import { CONTENT_BOTTOM, CONTENT_LEFT, CONTENT_WIDTH, PAGE, STYLE } from './invoice-layout'
import { fittedTextAt, heightOf, textAt } from './pdf-text'

type Align = 'left' | 'center' | 'right'
type Column = { title: string; width: number; align: Align; isNumber: boolean; cell: (line: InvoiceDocumentLine, index: number) => string }

const PAD_X = 3
const PAD_Y = 3
/** A name longer than this is cut with an ellipsis rather than growing a row past a page. */
const MAX_NAME_HEIGHT = 400

const formatQuantity = (n: number): string => String(n).replace('.', ',')

const FIXED: Column[] = [
  { title: '№', width: 18, align: 'center', isNumber: true, cell: (_, i) => String(i + 1) },
  { title: 'Товары (работы, услуги)', width: 0, align: 'left', isNumber: false, cell: (l) => l.name },
  { title: 'Кол-во', width: 38, align: 'right', isNumber: true, cell: (l) => formatQuantity(l.quantity) },
  { title: 'Срок, мес.', width: 34, align: 'right', isNumber: true, cell: (l) => (l.months === null ? '—' : String(l.months)) },
  { title: 'Ед.', width: 30, align: 'center', isNumber: false, cell: (l) => l.unit },
  { title: 'Цена по прайсу', width: 62, align: 'right', isNumber: true, cell: (l) => formatKop(l.unitPriceKop) },
  { title: 'Сумма по прайсу', width: 66, align: 'right', isNumber: true, cell: (l) => formatKop(l.listKop) },
  { title: 'Скидка', width: 40, align: 'right', isNumber: true, cell: (l) => formatPercent(l.discountBps) },
  { title: 'К оплате', width: 66, align: 'right', isNumber: true, cell: (l) => formatKop(l.payableKop) },
]
const NAME_WIDTH = CONTENT_WIDTH - FIXED.reduce((sum, column) => sum + column.width, 0)
export const COLUMNS: Column[] = FIXED.map((column) => (column.width ? column : { ...column, width: NAME_WIDTH }))

/** Left edge of each column, so totals under the table can line up with it. */
export const columnX = (index: number): number => CONTENT_LEFT + COLUMNS.slice(0, index).reduce((sum, column) => sum + column.width, 0)

const drawRowBorders = (doc: PDFKit.PDFDocument, y: number, height: number): void => {
  doc.lineWidth(0.5).rect(CONTENT_LEFT, y, CONTENT_WIDTH, height).stroke()
  for (let i = 1; i < COLUMNS.length; i++)
    doc
      .moveTo(columnX(i), y)
      .lineTo(columnX(i), y + height)
      .stroke()
}

const drawHeader = (doc: PDFKit.PDFDocument): void => {
  const y = doc.y
  const height = Math.max(...COLUMNS.map((c) => heightOf(doc, c.title, c.width - 2 * PAD_X, STYLE.cellHeader))) + 2 * PAD_Y
  doc.rect(CONTENT_LEFT, y, CONTENT_WIDTH, height).fill('#eeeeee')
  drawRowBorders(doc, y, height)
  COLUMNS.forEach((column, i) => {
    const textHeight = heightOf(doc, column.title, column.width - 2 * PAD_X, STYLE.cellHeader)
    const box = { x: columnX(i) + PAD_X, width: column.width - 2 * PAD_X, align: 'center' as const, style: STYLE.cellHeader }
    textAt(doc, column.title, { ...box, y: y + (height - textHeight) / 2 })
  })
  doc.y = y + height
}

const startPage = (doc: PDFKit.PDFDocument): void => {
  doc.addPage()
  doc.y = PAGE.margin
  drawHeader(doc)
}

const rowHeight = (doc: PDFKit.PDFDocument, texts: string[]): number => {
  const heights = COLUMNS.map((column, i) => (column.isNumber ? STYLE.cell.size * 1.2 : heightOf(doc, texts[i], column.width - 2 * PAD_X, STYLE.cell)))
  return Math.min(Math.max(...heights), MAX_NAME_HEIGHT) + 2 * PAD_Y
}

/**
 * The lines table; a row that does not fit starts a new page, which repeats the header. The
 * last row also needs room for `keepWithLast` below it, so the totals never open a page alone.
 */
export const drawLinesTable = (doc: PDFKit.PDFDocument, { lines, keepWithLast }: { lines: InvoiceDocumentLine[]; keepWithLast: number }): void => {
  drawHeader(doc)
  let rowsOnPage = 0
  lines.forEach((line, index) => {
    const texts = COLUMNS.map((column) => column.cell(line, index))
    const height = rowHeight(doc, texts)
    const isLast = index === lines.length - 1
    const fitsAfterLast = doc.y + height + keepWithLast <= CONTENT_BOTTOM
    // Moving a page's only row would leave an empty table behind.
    if (doc.y + height > CONTENT_BOTTOM || (isLast && !fitsAfterLast && rowsOnPage > 0)) {
      startPage(doc)
      rowsOnPage = 0
    }
    rowsOnPage++
    const y = doc.y
    drawRowBorders(doc, y, height)
    COLUMNS.forEach((column, i) => {
      const box = { x: columnX(i) + PAD_X, y: y + PAD_Y, width: column.width - 2 * PAD_X, align: column.align, style: STYLE.cell }
      if (column.isNumber) fittedTextAt(doc, texts[i], box)
      else textAt(doc, texts[i], { ...box, maxHeight: height - 2 * PAD_Y + 0.5 })
    })
    doc.y = y + height
  })
}
