import { amountInWords } from '../domain/money/amount-in-words'
import { formatKop } from '../domain/money/format-kop'
import { fail, sum } from './check-invoice-figures'
import type { CreditNoteDocument, CreditNoteDocumentLine } from './credit-note-document'
import { drawBankBlock } from './draw-bank-block'
import { drawHeading } from './draw-heading'
import { columnXOf, drawTable, fitColumns, formatQuantity } from './draw-lines-table'
import { drawPageDecorations } from './draw-page-decorations'
import { drawSignatures, SIGNATURES_HEIGHT } from './draw-signatures'
import { blockHeight, drawTotalsBlock, type TotalsBlock, vatRows } from './draw-totals'
import { formatDateRu } from './format-date-ru'
import { formatPercent } from './format-percent'
import { STYLE } from './invoice-layout'
import { openDocument } from './open-document'

type Line = CreditNoteDocumentLine
const term = (months: number | null) => (months === null ? '—' : String(months))

const COLUMNS = fitColumns<Line>([
  { title: '№', width: 18, align: 'center', isNumber: true, cell: (_, i) => String(i + 1) },
  { title: 'Товары (работы, услуги)', width: 0, align: 'left', isNumber: false, cell: (l) => l.name },
  { title: 'Кол-во было', width: 34, align: 'right', isNumber: true, cell: (l) => formatQuantity(l.was.quantity) },
  { title: 'Кол-во стало', width: 34, align: 'right', isNumber: true, cell: (l) => formatQuantity(l.becomes.quantity) },
  { title: 'Срок было, мес.', width: 36, align: 'right', isNumber: true, cell: (l) => term(l.was.months) },
  { title: 'Срок стало, мес.', width: 36, align: 'right', isNumber: true, cell: (l) => term(l.becomes.months) },
  { title: 'Скидка', width: 40, align: 'right', isNumber: true, cell: (l) => formatPercent(l.discountBps) },
  { title: 'К оплате было', width: 62, align: 'right', isNumber: true, cell: (l) => formatKop(l.was.payableKop) },
  { title: 'К оплате стало', width: 62, align: 'right', isNumber: true, cell: (l) => formatKop(l.becomes.payableKop) },
  { title: 'Уменьшение', width: 62, align: 'right', isNumber: true, cell: (l) => formatKop(l.credit.payableKop) },
])

export const creditNoteTitle = ({ number, issuedOn }: Pick<CreditNoteDocument, 'number' | 'issuedOn'>): string =>
  `Корректировочный счёт № ${number} от ${formatDateRu(issuedOn)}`

const invoiceRef = ({ invoice }: CreditNoteDocument) => `Счёт на оплату № ${invoice.number} от ${formatDateRu(invoice.issuedOn)}`

const totalsBlock = (note: CreditNoteDocument): TotalsBlock => ({
  rows: [
    { label: 'Уменьшение по прайсу:', value: formatKop(note.totals.listKop), style: STYLE.bodyBold },
    { label: 'Уменьшение скидки партнёра (вознаграждения):', value: formatKop(note.totals.rewardKop), style: STYLE.bodyBold },
    { label: 'Итого уменьшение суммы к оплате:', value: formatKop(note.totals.payableKop), style: STYLE.bodyBold },
    ...vatRows(
      note.lines.map((line) => ({ vatBps: line.vatBps, payableKop: line.credit.payableKop })),
      note.totals.vatKop,
    ),
  ],
  paragraphs: [
    { text: `Сумма к оплате уменьшается на ${formatKop(note.totals.payableKop)} руб.`, style: STYLE.body, gapBefore: 8 },
    { text: amountInWords(note.totals.payableKop), style: STYLE.bodyBold, gapBefore: 2 },
    {
      text: `${invoiceRef(note)}: к оплате до корректировки ${formatKop(note.invoice.payableBeforeKop)} руб., после корректировки ${formatKop(note.invoice.payableAfterKop)} руб.`,
      style: STYLE.body,
      gapBefore: 8,
    },
  ],
  continued: creditNoteTitle(note),
})

const checkFigures = (note: CreditNoteDocument) => {
  note.lines.forEach((line, index) => {
    if (line.was.payableKop - line.becomes.payableKop !== line.credit.payableKop) fail(`line ${index + 1} decrease is not was − becomes`, 'X-2', { index })
  })
  if (sum(note.lines.map((l) => l.credit.payableKop)) !== note.totals.payableKop) fail('lines do not sum to the decrease', 'X-1')
  if (note.totals.payableKop + note.totals.rewardKop !== note.totals.listKop) fail('payable + reward is not the list decrease', 'X-1')
  if (note.invoice.payableBeforeKop - note.totals.payableKop !== note.invoice.payableAfterKop) fail('the invoice total before and after disagree', 'X-2')
}

/**
 * Renders a «Корректировочный счёт» to the partner: the invoice it corrects, each reduced
 * line as it was, as it becomes and the decrease, the totals and the reason. Same layout as the
 * invoice: bank block, heading, table, totals, signatures.
 * @throws AppError `internal` when the figures do not add up.
 */
export const renderCreditNotePdf = async (note: CreditNoteDocument): Promise<Buffer> => {
  checkFigures(note)
  const title = creditNoteTitle(note)
  const { doc, bytes } = openDocument({ title, author: note.supplier.name, subject: `${invoiceRef(note)}: ${note.buyer.name}`, issuedOn: note.issuedOn })
  const block = totalsBlock(note)

  drawBankBlock(doc, note.supplier)
  drawHeading(doc, {
    ...note,
    title,
    rows: [
      ['Корректируемый документ:', invoiceRef(note)],
      ['Причина корректировки:', note.reason],
    ],
  })
  drawTable(doc, { columns: COLUMNS, lines: note.lines, keepWithLast: blockHeight(doc, block) + SIGNATURES_HEIGHT })
  drawTotalsBlock(doc, block, columnXOf(COLUMNS, COLUMNS.length - 1))
  drawSignatures(doc)
  drawPageDecorations(doc, { title, isVoid: false })

  doc.end()
  return bytes
}
