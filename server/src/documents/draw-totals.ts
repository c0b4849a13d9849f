import { amountInWords } from '../domain/money/amount-in-words'
import { formatKop } from '../domain/money/format-kop'
import { invoiceTitle } from './draw-heading'
import { COLUMNS, columnX } from './draw-lines-table'
import { formatDateRu } from './format-date-ru'
import type { InvoiceDocument } from './invoice-document'
import { CONTENT_BOTTOM, CONTENT_LEFT, CONTENT_RIGHT, CONTENT_WIDTH, PAGE, STYLE, type TextStyle } from './invoice-layout'
import { fittedTextAt, heightOf, textAt } from './pdf-text'
import { vatSummary } from './vat-summary'

type Paragraph = { text: string; style: TextStyle; gapBefore: number }

const TOTAL_ROW = 13
const VALUE_COLUMN = COLUMNS.length - 1
const LABEL_X = columnX(2)
const VALUE_X = columnX(VALUE_COLUMN)

const totalRows = (invoice: InvoiceDocument) => [
  { label: 'Итого по прайсу:', value: formatKop(invoice.totals.listKop), style: STYLE.bodyBold },
  { label: 'Скидка партнёра (вознаграждение):', value: formatKop(invoice.totals.rewardKop), style: STYLE.bodyBold },
  { label: 'Итого к оплате:', value: formatKop(invoice.totals.payableKop), style: STYLE.bodyBold },
  ...vatSummary(invoice.lines, invoice.totals.vatKop).map(({ label, vatKop }) => ({
    label: vatKop === null ? label : `${label}:`,
    value: vatKop === null ? '—' : formatKop(vatKop),
    style: STYLE.body,
  })),
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

/** Height of the totals block, so the table can keep its last row on the same page. */
export const totalsHeight = (doc: PDFKit.PDFDocument, invoice: InvoiceDocument): number =>
  4 + totalRows(invoice).length * TOTAL_ROW + paragraphs(invoice).reduce((sum, p) => sum + p.gapBefore + heightOf(doc, p.text, CONTENT_WIDTH, p.style), 0)

/**
 * Totals right under the table, then the count line, the total in words and the payment
 * terms. Kept together: if they do not fit under the last row they move to a new page.
 */
export const drawTotals = (doc: PDFKit.PDFDocument, invoice: InvoiceDocument): void => {
  const rows = totalRows(invoice)
  const texts = paragraphs(invoice)
  if (doc.y + totalsHeight(doc, invoice) > CONTENT_BOTTOM) {
    doc.addPage()
    doc.y = PAGE.margin
    textAt(doc, `${invoiceTitle(invoice)} (окончание)`, { x: CONTENT_LEFT, y: doc.y, width: CONTENT_WIDTH, style: STYLE.caption })
    doc.y += 14
  }

  doc.y += 4
  for (const row of rows) {
    const y = doc.y
    textAt(doc, row.label, { x: LABEL_X, y, width: VALUE_X - LABEL_X - 6, align: 'right', style: row.style })
    fittedTextAt(doc, row.value, { x: VALUE_X, y, width: CONTENT_RIGHT - VALUE_X - 3, align: 'right', style: row.style })
    doc.y = y + TOTAL_ROW
  }
  for (const p of texts) {
    const y = doc.y + p.gapBefore
    textAt(doc, p.text, { x: CONTENT_LEFT, y, width: CONTENT_WIDTH, style: p.style })
    doc.y = y + heightOf(doc, p.text, CONTENT_WIDTH, p.style)
  }
}
