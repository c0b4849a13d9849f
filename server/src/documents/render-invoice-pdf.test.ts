import { describe, expect, test } from 'vitest'
import { hasPdftotext, pdfToText as pdfText } from '../../../test/support/pdf-to-text'
import { amountInWords } from '../domain/money/amount-in-words'
import { formatKop } from '../domain/money/format-kop'
import { buildInvoiceDocument, buildInvoiceLine } from './build-invoice-document'
import { renderInvoicePdf } from './render-invoice-pdf'

/** pdfkit writes page dictionaries uncompressed, so pages can be counted without a parser. */
const pageCount = (pdf: Buffer): number => pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0

const manyLines = (count: number) =>
  Array.from({ length: count }, (_, i) => buildInvoiceLine({ name: `Рабочее место ${i + 1}`, quantity: 1, months: 12, unitPriceKop: 990_00n }))

describe('renderInvoicePdf (AT-5.1)', () => {
  test('produces a complete PDF file', async () => {
    const pdf = await renderInvoicePdf(buildInvoiceDocument())
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(pdf.subarray(-6).toString('latin1').trim()).toBe('%%EOF')
  })

  test('the same invoice always renders the same bytes (X-3)', async () => {
    const [first, second] = await Promise.all([renderInvoicePdf(buildInvoiceDocument()), renderInvoicePdf(buildInvoiceDocument())])
    expect(first.equals(second)).toBe(true)
  })

  test('embeds subsets of DejaVu Sans regular and bold for the Cyrillic text', async () => {
    const raw = (await renderInvoicePdf(buildInvoiceDocument())).toString('latin1')
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/)
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold\b/)
    expect(raw).toContain('/FontFile2')
  })

  test('refuses to print figures that do not add up (X-1)', async () => {
    const invoice = buildInvoiceDocument()
    const broken = { ...invoice, totals: { ...invoice.totals, payableKop: invoice.totals.payableKop + 1n } }
    await expect(renderInvoicePdf(broken)).rejects.toMatchObject({ code: 'internal', rule: 'X-1' })
  })

  test('breaks 60 lines over several pages', async () => {
    const pdf = await renderInvoicePdf(buildInvoiceDocument({ lines: manyLines(60) }))
    expect(pageCount(pdf)).toBeGreaterThan(1)
  })
})

describe.skipIf(!hasPdftotext)('renderInvoicePdf text (AT-5.1, X-1)', () => {
  test('prints the title, both parties, the basis, the client and the totals', async () => {
    const invoice = buildInvoiceDocument()
    const text = pdfText(await renderInvoicePdf(invoice))
    for (const expected of [
      'Счёт на оплату № 2026-000123 от 23 ноября 2026 г.',
      'ИНН 7707083893',
      'КПП 770701001',
      'ИНН 500100732259',
      'БИК 044525225',
      '40702810938000012345',
      '30101810400000000225',
      'Основание: Партнёрское соглашение',
      'ООО «Ромашка», аккаунт № 31234567',
      `Итого по прайсу: ${formatKop(invoice.totals.listKop)}`,
      `Скидка партнёра (вознаграждение): ${formatKop(invoice.totals.rewardKop)}`,
      `Итого к оплате: ${formatKop(invoice.totals.payableKop)}`,
      'Без НДС',
      `Всего наименований 3, на сумму ${formatKop(invoice.totals.payableKop)} руб.`,
      amountInWords(invoice.totals.payableKop),
      'Оплатить не позднее 30 ноября 2026 г.',
      'Руководитель',
      'Бухгалтер',
    ]) {
      expect(text).toContain(expected.replace(/\s+/g, ' '))
    }
    expect(text).not.toContain('АННУЛИРОВАН')
  })

  test('prints each line with list price, discount and payable', async () => {
    const text = pdfText(await renderInvoicePdf(buildInvoiceDocument()))
    expect(text).toContain('5 12 лиц. 1 500,00 90 000,00 20% 72 000,00')
    expect(text).toContain('1 — шт. 15 000,00 15 000,00 20% 12 000,00')
  })

  test.each([
    {
      label: 'one VAT rate prints the invoice VAT',
      lines: [buildInvoiceLine({ name: 'Лицензия', quantity: 1, months: 1, unitPriceKop: 1_525_00n, vatBps: 2200 })],
      expected: ['В т.ч. НДС 22%: 220,00'],
    },
    {
      label: 'several VAT rates print one line per rate',
      lines: [
        buildInvoiceLine({ name: 'Лицензия', quantity: 1, months: 1, unitPriceKop: 1_525_00n, vatBps: 2200 }),
        buildInvoiceLine({ name: 'Книга', quantity: 1, months: null, unitPriceKop: 1_375_00n, vatBps: 1000 }),
      ],
      expected: ['В т.ч. НДС 22%: 220,00', 'В т.ч. НДС 10%: 100,00'],
    },
  ])('$label', async ({ lines, expected }) => {
    const text = pdfText(await renderInvoicePdf(buildInvoiceDocument({ lines })))
    for (const fragment of expected) expect(text).toContain(fragment)
    expect(text).not.toContain('Без НДС')
  })

  test('a void invoice carries the stamp and the reason (X-3)', async () => {
    const invoice = buildInvoiceDocument({ isVoid: true, voidReason: 'выставлен по ошибке' })
    const pdf = await renderInvoicePdf(invoice)
    const text = pdfText(pdf)
    // The stamp is drawn diagonally, which text extraction breaks into pieces.
    expect(pdfText(pdf, 'raw').replace(/\s/g, '')).toContain('АННУЛИРОВАН')
    expect(text).toContain('Счёт аннулирован: выставлен по ошибке')
    expect(text).toContain('Счёт на оплату № 2026-000123')
  })

  test('leaves out the deadline and the client line when there are none', async () => {
    const text = pdfText(await renderInvoicePdf(buildInvoiceDocument({ payBy: undefined, client: undefined })))
    expect(text).not.toContain('Оплатить не позднее')
    expect(text).not.toContain('аккаунт №')
  })

  test('60 lines repeat the table header on every page and number the pages', async () => {
    const pdf = await renderInvoicePdf(buildInvoiceDocument({ lines: manyLines(60) }))
    const pages = pageCount(pdf)
    const text = pdfText(pdf)
    expect(text.split('Товары (работы, услуги)').length - 1).toBe(pages)
    expect(text).toContain('Рабочее место 60')
    expect(text).toContain(`страница ${pages} из ${pages}`)
    expect(text).toContain('Всего наименований 60')
  })

  test('wraps a long name instead of cutting it', async () => {
    const name = `Сублицензия на программу «Агат РТ» ${'с расширенным набором модулей '.repeat(6)}и приоритетной поддержкой`
    const text = pdfText(await renderInvoicePdf(buildInvoiceDocument({ lines: [buildInvoiceLine({ name, quantity: 1, months: 1, unitPriceKop: 100n })] })))
    expect(text).toContain('и приоритетной поддержкой')
  })
})
