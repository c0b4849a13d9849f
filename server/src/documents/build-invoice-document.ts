import { splitLine } from '../domain/money/split-line'
import { vatIncluded } from '../domain/money/vat-included'
import type { InvoiceDocument, InvoiceDocumentLine } from './invoice-document'

type LineInput = Pick<InvoiceDocumentLine, 'name' | 'quantity' | 'months' | 'unitPriceKop'> &
  Partial<Pick<InvoiceDocumentLine, 'unit' | 'discountBps' | 'vatBps'>>

/**
 * A line whose figures add up the way issued invoices do (AT-3.3, AT-5.2): list = price ×
 * quantity × months, split by the domain's `splitLine`. For tests and the sample document
 * only; real invoices come from the invoice domain.
 */
export const buildInvoiceLine = (input: LineInput): InvoiceDocumentLine => {
  const discountBps = input.discountBps ?? 2000
  const { listKop, payableKop } = splitLine({
    listKop: input.unitPriceKop * BigInt(input.quantity) * BigInt(input.months ?? 1),
    discountBps,
  })
  return { unit: 'лиц.', vatBps: null, ...input, discountBps, listKop, payableKop }
}

const sum = (values: bigint[]): bigint => values.reduce((a, b) => a + b, 0n)

/** Totals of the given lines; VAT is what is included at each line's rate, rounded half up. */
const totalsOf = (lines: InvoiceDocumentLine[]): InvoiceDocument['totals'] => {
  const listKop = sum(lines.map((l) => l.listKop))
  const payableKop = sum(lines.map((l) => l.payableKop))
  const vatKop = sum(lines.map((l) => vatIncluded({ amountKop: l.payableKop, rateBps: l.vatBps })))
  return { listKop, rewardKop: listKop - payableKop, payableKop, vatKop }
}

const SAMPLE_LINES = [
  buildInvoiceLine({
    name: 'Сублицензия на программу «Агат РТ: Управление продажами», тариф «Стандарт»',
    quantity: 5,
    months: 12,
    unitPriceKop: 1_500_00n,
  }),
  buildInvoiceLine({ name: 'Сублицензия на программу «Агат РТ: Склад»', quantity: 2, months: 6, unitPriceKop: 2_490_00n }),
  buildInvoiceLine({
    name: 'Модуль интеграции с 1С:Предприятие, бессрочная лицензия',
    quantity: 1,
    months: null,
    unit: 'шт.',
    unitPriceKop: 15_000_00n,
  }),
]

/** A complete, consistent invoice; override any part, and pass `lines` to recompute totals. */
export const buildInvoiceDocument = (overrides: Partial<InvoiceDocument> = {}): InvoiceDocument => {
  const lines = overrides.lines ?? SAMPLE_LINES
  return {
    number: '2026-000123',
    issuedOn: '2026-11-23',
    payBy: '2026-11-30',
    isVoid: false,
    supplier: {
      name: 'ООО «Агат РТ»',
      inn: '7707083893',
      kpp: '770701001',
      address: '117997, г. Москва, ул. Вавилова, д. 19',
      bank: {
        name: 'ПАО Сбербанк, г. Москва',
        bik: '044525225',
        account: '40702810938000012345',
        corrAccount: '30101810400000000225',
      },
      phone: '+7 495 123-45-67',
      email: 'billing@agat-rt.example',
    },
    buyer: {
      name: 'Индивидуальный предприниматель Иванов Иван Иванович',
      inn: '500100732259',
      address: '141700, Московская обл., г. Долгопрудный, ул. Первомайская, д. 5, кв. 12',
    },
    basis: 'Партнёрское соглашение № П-17 от 15 января 2026 г.',
    client: { accountNumber: '31234567', name: 'ООО «Ромашка»' },
    ...overrides,
    lines,
    totals: overrides.totals ?? totalsOf(lines),
  }
}
