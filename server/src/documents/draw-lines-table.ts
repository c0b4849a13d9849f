import { formatKop } from '../domain/money/format-kop'
import { formatPercent } from './format-percent'
import type { InvoiceDocumentLine } from './invoice-document'
import { CONTENT_BOTTOM, CONTENT_LEFT, CONTENT_WIDTH, PAGE, STYLE } from './invoice-layout'
import { fittedTextAt, heightOf, textAt } from './pdf-text'

type Align = 'left' | 'center' | 'right'
/** A table column; `width` 0 takes what the fixed columns leave (`fitColumns`). */
export type Column<L> = { title: string; width: number; align: Align; isNumber: boolean; cell: (line: L, index: number) => string }

const PAD_X = 3
const PAD_Y = 3
/** A name longer than this is cut with an ellipsis rather than growing a row past a page. */
const MAX_NAME_HEIGHT = 400

export const formatQuantity = (n: number): string => String(n).replace('.', ',')

const FIXED: Column<InvoiceDocumentLine>[] = [
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
/** Gives the one column without a width what the others leave of the content width. */
export const fitColumns = <L>(fixed: Column<L>[]): Column<L>[] => {
  const rest = CONTENT_WIDTH - fixed.reduce((sum, column) => sum + column.width, 0)
  return fixed.map((column) => (column.width ? column : { ...column, width: rest }))
}
export const COLUMNS = fitColumns(FIXED)

/** Left edge of each column, so totals under the table can line up with it. */
export const columnXOf = <L>(columns: Column<L>[], index: number): number =>
  CONTENT_LEFT + columns.slice(0, index).reduce((sum, column) => sum + column.width, 0)
export const columnX = (index: number): number => columnXOf(COLUMNS, index)

const drawRowBorders = <L>(doc: PDFKit.PDFDocument, columns: Column<L>[], y: number, height: number): void => {
  doc.lineWidth(0.5).rect(CONTENT_LEFT, y, CONTENT_WIDTH, height).stroke()
  for (let i = 1; i < columns.length; i++)
    doc
      .moveTo(columnXOf(columns, i), y)
      .lineTo(columnXOf(columns, i), y + height)
      .stroke()
}

const drawHeader = <L>(doc: PDFKit.PDFDocument, columns: Column<L>[]): void => {
  const y = doc.y
  const height = Math.max(...columns.map((c) => heightOf(doc, c.title, c.width - 2 * PAD_X, STYLE.cellHeader))) + 2 * PAD_Y
  doc.rect(CONTENT_LEFT, y, CONTENT_WIDTH, height).fill('#eeeeee')
  drawRowBorders(doc, columns, y, height)
  columns.forEach((column, i) => {
    const textHeight = heightOf(doc, column.title, column.width - 2 * PAD_X, STYLE.cellHeader)
    const box = { x: columnXOf(columns, i) + PAD_X, width: column.width - 2 * PAD_X, align: 'center' as const, style: STYLE.cellHeader }
    textAt(doc, column.title, { ...box, y: y + (height - textHeight) / 2 })
  })
  doc.y = y + height
}

const startPage = <L>(doc: PDFKit.PDFDocument, columns: Column<L>[]): void => {
  doc.addPage()
  doc.y = PAGE.margin
  drawHeader(doc, columns)
}

const rowHeight = <L>(doc: PDFKit.PDFDocument, columns: Column<L>[], texts: string[]): number => {
  const heights = columns.map((column, i) => (column.isNumber ? STYLE.cell.size * 1.2 : heightOf(doc, texts[i], column.width - 2 * PAD_X, STYLE.cell)))
  return Math.min(Math.max(...heights), MAX_NAME_HEIGHT) + 2 * PAD_Y
}

/**
 * A table of lines; a row that does not fit starts a new page, which repeats the header. The
 * last row also needs room for `keepWithLast` below it, so the totals never open a page alone.
 */
export const drawTable = <L>(doc: PDFKit.PDFDocument, { columns, lines, keepWithLast }: { columns: Column<L>[]; lines: L[]; keepWithLast: number }): void => {
  drawHeader(doc, columns)
  let rowsOnPage = 0
  lines.forEach((line, index) => {
    const texts = columns.map((column) => column.cell(line, index))
    const height = rowHeight(doc, columns, texts)
    const isLast = index === lines.length - 1
    const fitsAfterLast = doc.y + height + keepWithLast <= CONTENT_BOTTOM
    // Moving a page's only row would leave an empty table behind.
    if (doc.y + height > CONTENT_BOTTOM || (isLast && !fitsAfterLast && rowsOnPage > 0)) {
      startPage(doc, columns)
      rowsOnPage = 0
    }
    rowsOnPage++
    const y = doc.y
    drawRowBorders(doc, columns, y, height)
    columns.forEach((column, i) => {
      const box = { x: columnXOf(columns, i) + PAD_X, y: y + PAD_Y, width: column.width - 2 * PAD_X, align: column.align, style: STYLE.cell }
      if (column.isNumber) fittedTextAt(doc, texts[i], box)
      else textAt(doc, texts[i], { ...box, maxHeight: height - 2 * PAD_Y + 0.5 })
    })
    doc.y = y + height
  })
}

/** The invoice's lines table (AT-5.1). */
export const drawLinesTable = (doc: PDFKit.PDFDocument, { lines, keepWithLast }: { lines: InvoiceDocumentLine[]; keepWithLast: number }): void =>
  drawTable(doc, { columns: COLUMNS, lines, keepWithLast })
