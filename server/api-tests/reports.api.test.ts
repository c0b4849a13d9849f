import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { scanOverdue } from '../src/jobs/scan-overdue'
import { ADMIN_TOKEN, type Crm, pinnedClient, type RelayUnderTest, startRelay } from './support/relay-under-test'

let relay: RelayUnderTest
let vendor: Crm
let partnerId: string
let partner: Crm
let accountNumber: string
let numbers: string[]
let payables: number[]

/** A CSV answer's rows and cells, as Excel reads them: `;` between cells, quoted cells may hold one. */
const rowsOf = (bytes: Buffer) =>
  bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean)
    .map((row) => [...row.matchAll(/(?:"((?:[^"]|"")*)"|([^;]*))(?:;|$)/g)].slice(0, -1).map((cell) => cell[1]?.replaceAll('""', '"') ?? cell[2]))

const download = async (crm: Crm, path: string) => {
  const answer = await crm.call('GET', path)
  return { ...answer, rows: answer.status === 200 ? rowsOf(answer.body.bytes) : [] }
}

beforeAll(async () => {
  relay = await startRelay({ at: '2026-12-07T10:00:00+03:00' })
  const created = await relay.partner({ name: 'ООО «Альфа; Партнёр»', currentDiscountBps: 2500 })
  partner = created
  partnerId = created.id
  const pinned = await pinnedClient(relay, partner)
  accountNumber = pinned.accountNumber
  vendor = pinned.vendor
  numbers = []
  payables = []
  // Three invoices of different quantities (the same lines twice would ask to confirm a duplicate).
  for (const [quantity, paidOn] of [
    [3, '2026-11-02'],
    [4, '2026-12-07'],
    [5, null],
  ] as const) {
    const issued = await partner.call('POST', '/v1/invoices', { accountNumber, lines: [{ sku: 'atrealt-amocrm', quantity, months: 12 }] })
    expect(issued.status).toBe(201)
    numbers.push(issued.body.invoice.number)
    payables.push(issued.body.invoice.totals.payableKop)
    if (paidOn) {
      const paid = await partner.call('POST', `/v1/invoices/${issued.body.invoice.id}/client-payment`, { paidOn, confirmed: ['deadline_passed'] })
      expect(paid.status).toBe(200)
    }
  }
  await scanOverdue(relay.deps, relay.clock.now())
})
afterAll(() => relay.close())

describe('CSV reports for the vendor’s accountant', () => {
  test('a report opens in Excel as is: UTF-8 with a BOM, «;», CRLF, sums with a decimal comma, dates as ДД.ММ.ГГГГ', async () => {
    const answer = await vendor.call('GET', '/v1/reports/invoices.csv')
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(answer.headers.get('content-disposition')).toContain('invoices_2026-12-01_2026-12-07.csv')
    const bytes = answer.body.bytes as Buffer
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = rowsOf(bytes)
    expect(rows[0]).toHaveLength(13)
    expect([rows[0][0], rows[0][8], rows[0][9], rows[0][12]]).toEqual(['Номер счёта', 'К оплате вендору', 'Состояние', 'Перевод получен'])
    expect(rows).toHaveLength(4)
    // A name holding «;» is quoted, so it stays one cell.
    expect(bytes.toString('utf8')).toContain('"ООО «Альфа; Партнёр»"')
    expect(rows[1][2]).toBe('ООО «Альфа; Партнёр»')
    const [first] = rows.slice(1)
    expect(first[0]).toBe(numbers[0])
    expect(first[1]).toBe('07.12.2026')
    expect(first.at(-4)).toMatch(/^\d+,\d{2}$/)
  })

  test('each invoice says where its money is: overdue, to transfer, or awaiting the client (AT-1.6)', async () => {
    const { rows } = await download(vendor, '/v1/reports/invoices.csv?from=2026-12-01&to=2026-12-31')
    const stateOf = (number: string) => rows.find((row) => row[0] === number)?.[9]
    expect(stateOf(numbers[0])).toBe('Просрочено')
    expect(stateOf(numbers[1])).toBe('Клиент оплатил')
    expect(stateOf(numbers[2])).toBe('Ждёт оплаты клиента')
  })

  test('overdue transfers list only the invoice past its deadline', async () => {
    const { rows } = await download(vendor, '/v1/reports/overdue-transfers.csv')
    expect(rows.slice(1).map((row) => row[0])).toEqual([numbers[0]])
  })

  test('receivables by partner add up what its open invoices owe the vendor, in kopecks exactly', async () => {
    const { rows } = await download(vendor, '/v1/reports/receivables.csv')
    const row = rows.find((cells) => cells[1] === '7707083893')
    const rubles = (kop: number) => `${Math.trunc(kop / 100)},${String(kop % 100).padStart(2, '0')}`
    // The overdue transfer made a violation: the partner is restricted (AT-4.1).
    expect(row?.slice(2)).toEqual(['Ограничен', '1', rubles(payables[2]), '2', rubles(payables[0] + payables[1]), '1', rubles(payables[0])])
  })

  test('the ledger statement is one partner’s, each posting with its account’s balance after it (X-2)', async () => {
    const { rows } = await download(vendor, `/v1/reports/ledger.csv?partnerId=${partnerId}`)
    expect(rows[0]).toEqual(['Дата', 'Операция', 'Номер счёта', 'Счёт учёта', 'Сумма', 'Остаток'])
    expect(rows.slice(1).map((row) => row[1])).toContain('Клиент оплатил')
    expect(rows.slice(1).map((row) => row[3])).toContain('К оплате вендору')
    const missing = await vendor.call('GET', '/v1/reports/ledger.csv')
    expect(missing.status).toBe(400)
    expect(missing.body.error.details.fields[0].path).toBe('partnerId')
  })

  test('pins by state, in English when asked: headings and states in English, dates as ISO', async () => {
    const { rows } = await download(vendor, '/v1/reports/pins.csv?lang=en')
    expect(rows[0][0]).toBe('Client account')
    const row = rows.find((cells) => cells[0] === accountNumber)
    expect(row?.[4]).toBe('Pinned')
    expect(row?.[5]).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  test('clients of an expelled partner (AT-4.3) appear once the expulsion is confirmed', async () => {
    expect((await download(vendor, '/v1/reports/expelled-clients.csv')).rows).toHaveLength(1)
    // A repeat violation, the day after the partner was told of the overdue one: it waits for expulsion, which staff confirm (AT-4.1).
    relay.clock.set('2026-12-08T10:00:00+03:00')
    expect((await vendor.call('POST', `/v1/partners/${partnerId}/violations`, { rule: 'AT-3.1', note: 'Представлялся сотрудником вендора' })).status).toBe(201)
    const expelled = await vendor.call('POST', `/v1/partners/${partnerId}/expel`, undefined, { 'idempotency-key': 'expel-reports-1' })
    expect(expelled.status).toBe(200)
    const { rows } = await download(vendor, '/v1/reports/expelled-clients.csv')
    expect(rows.slice(1).map((row) => row[0])).toEqual([accountNumber])
    // Paid through: two paid invoices of 12 months each, the second term following the first from 02.11.2026.
    expect(rows[1][4]).toBe('01.11.2028')
  })

  test('the admin CLI writes the same file under the admin token', async () => {
    const viaStaff = await vendor.call('GET', '/v1/reports/pins.csv?from=2026-12-01')
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'relay-report-')), 'pins.csv')
    const cli = ['--import', 'tsx', 'server/admin-cli.ts', 'report', 'pins', '--from', '2026-12-01', '--url', relay.base, '--token', ADMIN_TOKEN, '--out', out]
    const { stdout } = await promisify(execFile)(process.execPath, cli, { cwd: path.resolve(import.meta.dirname, '../..') })
    expect(stdout).toContain(`wrote ${out}: 1 rows`)
    expect(readFileSync(out).equals(viaStaff.body.bytes)).toBe(true)
  })

  test('a partner cannot download them, and bad requests are refused in words', async () => {
    expect((await partner.call('GET', '/v1/reports/invoices.csv')).status).toBe(403)
    const unknown = await vendor.call('GET', '/v1/reports/secrets.csv')
    expect(unknown.status).toBe(404)
    expect(unknown.body.error.message).toContain('invoices.csv')
    expect((await vendor.call('GET', '/v1/reports/invoices.xlsx')).status).toBe(404)
    for (const query of ['from=2026-02-30', 'from=2026-12-07&to=2026-12-01', 'lang=de', 'from=2026-12-01&extra=1']) {
      const answer = await vendor.call('GET', `/v1/reports/invoices.csv?${query}`)
      expect(answer.status, query).toBe(400)
      expect(answer.body.error.code).toBe('invalid_request')
    }
  })
})
