import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { encodeWindows1251 } from '../../shared/src/testing/windows-1251'
import { loadProgram } from '../src/config'
import { type Crm, pinnedClient, type RelayUnderTest, startRelay } from './support/relay-under-test'

const VENDOR_INN = loadProgram('atrealt').vendor.inn
const ALPHA_INN = '7707083893'

let relay: RelayUnderTest
let vendor: Crm
type Invoice = { id: string; number: string; payableKop: number }
const invoices: Invoice[] = []

/** A 1CClientBankExchange statement in Windows-1251, base64 as the widget sends it. */
const statement = (payments: Record<string, string>[]) => {
  const documents = payments.flatMap((fields, index) => [
    'СекцияДокумент=Платежное поручение',
    ...Object.entries({
      Номер: String(100 + index),
      Дата: '07.12.2026',
      ПлательщикИНН: ALPHA_INN,
      Плательщик1: 'ООО «Альфа»',
      ПолучательИНН: VENDOR_INN,
      ...fields,
    }).map(([key, value]) => `${key}=${value}`),
    'КонецДокумента',
  ])
  const text = ['1CClientBankExchange', 'ВерсияФормата=1.03', 'Кодировка=Windows', ...documents, 'КонецФайла'].join('\r\n')
  return Buffer.from(encodeWindows1251(text)).toString('base64')
}
const rubles = (kop: number) => `${Math.trunc(kop / 100)}.${String(kop % 100).padStart(2, '0')}`

/** Every row a refused or repeated load must leave as it was. */
const snapshot = async () => {
  const db = relay.deps.db
  return {
    invoices: await db.selectFrom('invoices').selectAll().orderBy('id').execute(),
    postings: await db.selectFrom('ledger_postings').select(['id']).orderBy('id').execute(),
    payments: await db.selectFrom('bank_payments').select(['key']).orderBy('key').execute(),
  }
}

beforeAll(async () => {
  relay = await startRelay({ at: '2026-12-07T12:00:00+03:00' })
  const partner = await relay.partner({ currentDiscountBps: 2500 })
  const pinned = await pinnedClient(relay, partner)
  vendor = pinned.vendor
  for (const quantity of [1, 2, 3, 4, 5]) {
    const issued = await partner.call('POST', '/v1/invoices', { accountNumber: pinned.accountNumber, lines: [{ sku: 'atrealt-amocrm', quantity, months: 12 }] })
    const paid = await partner.call('POST', `/v1/invoices/${issued.body.invoice.id}/client-payment`, {
      paidOn: quantity === 5 ? '2026-12-01' : '2026-12-04',
      confirmed: ['deadline_passed'],
    })
    expect(paid.status).toBe(200)
    invoices.push({ id: issued.body.invoice.id, number: issued.body.invoice.number, payableKop: issued.body.invoice.totals.payableKop })
  }
})
afterAll(() => relay.close())

describe('reconciling transfers with the bank statement (AT-1.6)', () => {
  const [a, b, c, d, e] = [0, 1, 2, 3, 4]
  const file = () =>
    statement([
      { Сумма: rubles(invoices[a].payableKop), НазначениеПлатежа: `Оплата по счёту № ${invoices[a].number}`, ДатаПоступило: '07.12.2026' },
      { Сумма: rubles(invoices[b].payableKop + invoices[c].payableKop), НазначениеПлатежа: `Счета ${invoices[b].number}, ${invoices[c].number}` },
      { Сумма: rubles(invoices[d].payableKop - 1), НазначениеПлатежа: `Счёт ${invoices[d].number}` },
      { Сумма: rubles(invoices[e].payableKop), НазначениеПлатежа: `Счёт ${invoices[e].number}`, ПлательщикИНН: '500100732259' },
      { Сумма: '1000.00', НазначениеПлатежа: 'Возврат займа' },
    ])

  test('the preview matches each payment and writes nothing: exact, two invoices, a kopeck short, a foreign INN, no match', async () => {
    const before = await snapshot()
    const preview = await vendor.call('POST', '/v1/bank-statements/preview', { file: file() })
    expect(preview.status).toBe(200)
    expect(preview.body.problems).toEqual([])
    expect(preview.body.payments.map((payment: { kind: string }) => payment.kind)).toEqual(['exact', 'several', 'amount_differs', 'foreign_payer', 'no_match'])
    expect(preview.body.payments[1].invoices.map((invoice: Invoice) => invoice.number)).toEqual([invoices[b].number, invoices[c].number])
    expect(preview.body.payments[2]).toMatchObject({ amountKop: invoices[d].payableKop - 1, invoicesKop: invoices[d].payableKop })
    expect(await snapshot()).toEqual(before)
  })

  test('the confirmed payments become transfers dated as the money came, once; loading the statement again records nothing twice', async () => {
    const preview = (await vendor.call('POST', '/v1/bank-statements/preview', { file: file() })).body
    const keys = preview.payments.slice(0, 2).map((payment: { key: string }) => payment.key)
    const answer = await vendor.call('POST', '/v1/bank-statements', { file: file(), keys }, { 'idempotency-key': 'bank-1' })
    expect(answer.status).toBe(200)
    expect(answer.body.recorded).toEqual([
      { key: keys[0], receivedOn: '2026-12-07', invoiceNumbers: [invoices[a].number] },
      { key: keys[1], receivedOn: '2026-12-07', invoiceNumbers: [invoices[b].number, invoices[c].number] },
    ])
    for (const index of [a, b, c]) {
      const invoice = (await vendor.call('GET', `/v1/invoices/${invoices[index].id}`)).body.invoice
      expect(invoice).toMatchObject({ state: 'settled', transferReceivedOn: '2026-12-07', onTime: true })
    }
    const again = (await vendor.call('POST', '/v1/bank-statements/preview', { file: file() })).body
    expect(again.payments.slice(0, 2).map((payment: { recorded: boolean }) => payment.recorded)).toEqual([true, true])
    const before = await snapshot()
    const repeated = await vendor.call('POST', '/v1/bank-statements', { file: file(), keys }, { 'idempotency-key': 'bank-2' })
    expect(repeated.status).toBe(200)
    expect(repeated.body.recorded).toEqual([])
    expect(await snapshot()).toEqual(before)
  })

  test('a partial payment, a foreign payer or a payment with no invoice is refused in words, and nothing is recorded', async () => {
    const preview = (await vendor.call('POST', '/v1/bank-statements/preview', { file: file() })).body
    const before = await snapshot()
    for (const index of [2, 3, 4]) {
      const answer = await vendor.call(
        'POST',
        '/v1/bank-statements',
        { file: file(), keys: [preview.payments[index].key] },
        { 'idempotency-key': `refused-${index}` },
      )
      expect(answer.status).toBe(400)
      expect(answer.body.error).toMatchObject({ code: 'invalid_request', rule: 'AT-1.6' })
      expect(answer.body.error.message).toContain('record it by hand')
    }
    expect(await snapshot()).toEqual(before)
  })

  test('a transfer that reached the bank after the deadline is recorded as late (AT-1.6 → AT-4.1)', async () => {
    const late = statement([
      { Номер: '900', Сумма: rubles(invoices[e].payableKop), НазначениеПлатежа: `Счёт ${invoices[e].number}`, ДатаПоступило: '07.12.2026' },
    ])
    const invoice = (await vendor.call('GET', `/v1/invoices/${invoices[e].id}`)).body.invoice
    expect(invoice.transferDueOn < '2026-12-07').toBe(true)
    const [payment] = (await vendor.call('POST', '/v1/bank-statements/preview', { file: late })).body.payments
    expect(payment.kind).toBe('exact')
    const answer = await vendor.call('POST', '/v1/bank-statements', { file: late, keys: [payment.key] }, { 'idempotency-key': 'bank-late' })
    expect(answer.status).toBe(200)
    expect((await vendor.call('GET', `/v1/invoices/${invoices[e].id}`)).body.invoice).toMatchObject({ state: 'settled', onTime: false })
  })

  test('bad files are refused with a clear error and change nothing', async () => {
    const before = await snapshot()
    const send = (body: unknown) => vendor.call('POST', '/v1/bank-statements/preview', body)
    expect((await send({ file: Buffer.from('Номер;Сумма\n1;100').toString('base64') })).body.error.message).toContain('1CClientBankExchange')
    expect((await send({ file: 'not base64!' })).status).toBe(400)
    expect((await send({ file: Buffer.from('1CClientBankExchange\r\nНомер=1\0').toString('base64') })).body.error.message).toContain('NUL')
    const huge = await send({ file: Buffer.alloc(3 * 1024 * 1024, 65).toString('base64') })
    expect(huge.status).toBe(413)
    expect(huge.body.error.code).toBe('payload_too_large')
    const unknownKey = await vendor.call('POST', '/v1/bank-statements', { file: file(), keys: ['0'.repeat(64)] }, { 'idempotency-key': 'bank-unknown' })
    expect(unknownKey.status).toBe(400)
    expect(await snapshot()).toEqual(before)
    // A partner cannot load the vendor's statement.
    expect((await (await relay.partner()).call('POST', '/v1/bank-statements/preview', { file: file() })).status).toBe(403)
  })
})
