import { amountInWords } from '../domain/money/amount-in-words'
import { formatKop } from '../domain/money/format-kop'
import { invoiceTitle } from './draw-heading'
import { COLUMNS, columnX } from './draw-lines-table'
import { formatDateRu } from './format-date-ru'
import type { InvoiceDocument } from './invoice-document'
import { CONTENT_BOTTOM, CONTENT_LEFT, CONTENT_RIGHT, CONTENT_WIDTH, PAGE, STYLE, type TextStyle } from './invoice-layout'
import { fittedTextAt, heightOf, textAt } from './pdf-text'
import { vatSummary } from './vat-summary'

export type Paragraph = { text: string; style: TextStyle; gapBefore: number }

const TOTAL_ROW = 13
const VALUE_COLUMN = COLUMNS.length - 1
const LABEL_X = columnX(2)
const VALUE_X = columnX(VALUE_COLUMN)

/** The VAT rows under a total: «Без НДС» or «В т.ч. НДС 22%» per rate. */
export const vatRows = (lines: Parameters<typeof vatSummary>[0], vatKop: bigint) =>
  vatSummary(lines, vatKop).map(({ label, vatKop }) => ({
    label: vatKop === null ? label : `${label}:`,
    value: vatKop === null ? '—' : formatKop(vatKop),
    style: STYLE.body,
  }))

const totalRows = (invoice: InvoiceDocument) => [
  { label: 'Итого по прайсу:', value: formatKop(invoice.totals.listKop), style: STYLE.bodyBold },
  { label: 'Скидка партнёра (вознаграждение):', value: formatKop(invoice.totals.rewardKop), style: STYLE.bodyBold },
  { label: 'Итого к оплате:', value: formatKop(invoice.totals.payableKop), style: STYLE.bodyBold },
  ...vatRows(invoice.lines, invoice.totals.vatKop),
]

const paragraphs = (invoice: InvoiceDocument): Paragraph[] => [
  {
    text: `Всего наименований ${invoice.lines.length}, на сумму ${formatKop(invoice.totals.payableKop)} руб.`,
    style: STYLE.body,
    gapBefore: 8,
  },
  { text: amountInWords(invoice.totals.payableKop), style: STYLE.bodyBold, gapBefore: 2 },
  ...(invoice.payBy ? [{ text: `Оплатить не позднее ${formatDateRu(invoice.payBy)}`, style: STYLE.bodyBold, gapBefore: 8 }] : []),
  {
    text: `В назначении платежа укажите: «Оплата по счёту № ${invoice.number} от ${formatDateRu(invoice.issuedOn)}».`,
    style: STYLE.body,
    gapBefore: invoice.payBy ? 2 : 8,
  },
]

/** Rows of figures under a table and the paragraphs below them; `continued` heads them on a page of their own. */
export type TotalsBlock = { rows: { label: string; value: string; style: TextStyle }[]; paragraphs: Paragraph[]; continued: string }

/** Height of a totals block, so the table can keep its last row on the same page. */
export const blockHeight = (doc: PDFKit.PDFDocument, { rows, paragraphs }: TotalsBlock): number =>
  4 + rows.length * TOTAL_ROW + paragraphs.reduce((sum, p) => sum + p.gapBefore + heightOf(doc, p.text, CONTENT_WIDTH, p.style), 0)

/**
 * Totals right under the table, then the paragraphs. Kept together: if they do not fit under the
 * last row they move to a new page.
 */
export const drawTotalsBlock = (doc: PDFKit.PDFDocument, block: TotalsBlock, valueX: number = VALUE_X): void => {
  if (doc.y + blockHeight(doc, block) > CONTENT_BOTTOM) {
    doc.addPage()
    doc.y = PAGE.margin
    textAt(doc, `${block.continued} (окончание)`, { x: CONTENT_LEFT, y: doc.y, width: CONTENT_WIDTH, style: STYLE.caption })
    doc.y += 14
  }

  doc.y += 4
  for (const row of block.rows) {
    const y = doc.y
    textAt(doc, row.label, { x: LABEL_X, y, width: valueX - LABEL_X - 6, align: 'right', style: row.style })
    fittedTextAt(doc, row.value, { x: valueX, y, width: CONTENT_RIGHT - valueX - 3, align: 'right', style: row.style })
    doc.y = y + TOTAL_ROW
  }
  for (const p of block.paragraphs) {
    const y = doc.y + p.gapBefore
    textAt(doc, p.text, { x: CONTENT_LEFT, y, width: CONTENT_WIDTH, style: p.style })
    doc.y = y + heightOf(doc, p.text, CONTENT_WIDTH, p.style)
  }
}

const invoiceBlock = (invoice: InvoiceDocument): TotalsBlock => ({
  rows: totalRows(invoice),
  paragraphs: paragraphs(invoice),
  continued: invoiceTitle(invoice),
})

/** Height of the invoice's totals block. */
export const totalsHeight = (doc: PDFKit.PDFDocument, invoice: InvoiceDocument): number => blockHeight(doc, invoiceBlock(invoice))

/** The invoice's totals, the count line, the total in words and the payment terms. */
export const drawTotals = (doc: PDFKit.PDFDocument, invoice: InvoiceDocument): void => drawTotalsBlock(doc, invoiceBlock(invoice))
