import { describe, expect, test } from 'vitest'
import { hasPdftotext, pdfToText } from '../../../test/support/pdf-to-text'
import { creditNoteLines } from '../domain/credit-notes/credit-note-lines'
import type { PricedLine } from '../domain/invoices/price-lines'
import { amountInWords } from '../domain/money/amount-in-words'
import { formatKop } from '../domain/money/format-kop'
import { splitLine } from '../domain/money/split-line'
import { buildInvoiceDocument } from './build-invoice-document'
import type { CreditNoteDocument } from './credit-note-document'
import { renderCreditNotePdf } from './render-credit-note-pdf'

const pricedLine = (name: string, quantity: number, months: number | null, unitPriceKop: bigint): PricedLine => {
  const listKop = unitPriceKop * BigInt(quantity) * BigInt(months ?? 1)
  const { rewardKop, payableKop } = splitLine({ listKop, discountBps: 2000 })
  return { sku: name, name, category: 'c', quantity, months, unitPriceKop, listKop, discountBps: 2000, rewardKop, payableKop, vatBps: null, vatKop: 0n }
}

/** A note that takes 3 of 10 sublicenses and 2 of 6 months off an invoice, priced by the domain. */
const buildNote = (): CreditNoteDocument => {
  const invoiceLines = [pricedLine('ATRealt для amoCRM', 10, 12, 990_00n), pricedLine('ATRealt CRM', 2, 6, 1_500_00n)]
  const { lines, totals } = creditNoteLines({
    invoiceLines,
    earlier: [],
    request: [
      { line: 0, quantity: 3 },
      { line: 1, months: 2 },
    ],
  })
  const payableBeforeKop = invoiceLines.reduce((sum, line) => sum + line.payableKop, 0n)
  const { supplier, buyer, basis, client } = buildInvoiceDocument()
  return {
    number: 'К-2026-000001',
    issuedOn: '2026-12-07',
    invoice: { number: '2026-000123', issuedOn: '2026-11-23', payableBeforeKop, payableAfterKop: payableBeforeKop - totals.payableKop },
    reason: 'Клиент сократил число рабочих мест',
    supplier,
    buyer,
    basis,
    client,
    lines,
    totals,
  }
}

describe('renderCreditNotePdf (X-2, X-3)', () => {
  test('the same note always renders the same bytes (X-3)', async () => {
    const [first, second] = await Promise.all([renderCreditNotePdf(buildNote()), renderCreditNotePdf(buildNote())])
    expect(first.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(first.equals(second)).toBe(true)
  })

  test('refuses to print a decrease that is not was − becomes (X-2)', async () => {
    const note = buildNote()
    const broken = {
      ...note,
      lines: [{ ...note.lines[0], credit: { ...note.lines[0].credit, payableKop: note.lines[0].credit.payableKop + 1n } }, note.lines[1]],
    }
    await expect(renderCreditNotePdf(broken)).rejects.toMatchObject({ code: 'internal', rule: 'X-2' })
  })

  test.skipIf(!hasPdftotext)('prints the number, the invoice it corrects, each line was / becomes / decrease, the totals and the reason', async () => {
    const note = buildNote()
    const text = pdfToText(await renderCreditNotePdf(note))
    for (const expected of [
      'Корректировочный счёт № К-2026-000001 от 7 декабря 2026 г.',
      // Labels wrap in their column; each part is checked on its own.
      'Корректируемый',
      'Счёт на оплату № 2026-000123 от 23 ноября 2026 г.',
      'Причина',
      'Клиент сократил число рабочих мест',
      'Уменьшение',
      // 10 → 7 sublicenses for 12 months: 95 040,00 becomes 66 528,00, a decrease of 28 512,00.
      `ATRealt для amoCRM 10 7 12 12 20% ${formatKop(note.lines[0].was.payableKop)} ${formatKop(note.lines[0].becomes.payableKop)} ${formatKop(note.lines[0].credit.payableKop)}`,
      `ATRealt CRM 2 2 6 4 20%`,
      `Уменьшение по прайсу: ${formatKop(note.totals.listKop)}`,
      `Итого уменьшение суммы к оплате: ${formatKop(note.totals.payableKop)}`,
      'Без НДС',
      `Сумма к оплате уменьшается на ${formatKop(note.totals.payableKop)} руб.`,
      amountInWords(note.totals.payableKop),
      `после корректировки ${formatKop(note.invoice.payableAfterKop)} руб.`,
      'Руководитель',
      'Бухгалтер',
    ]) {
      expect(text).toContain(expected.replace(/\s+/g, ' '))
    }
  })
})
