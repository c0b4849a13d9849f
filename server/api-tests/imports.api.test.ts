import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { encodeWindows1251 } from '../../shared/src/testing/windows-1251'
import { type Crm, type RelayUnderTest, registerClient, startRelay } from './support/relay-under-test'

const ALPHA_INN = '7707083893'
const BETA_INN = '500100732259'

let relay: RelayUnderTest
let vendor: Crm

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64')
/** A CSV as Excel writes it in a Russian locale: Windows-1251, «;», CRLF. */
const cp1251 = (lines: string[][]) => base64(encodeWindows1251(lines.map((cells) => cells.join(';')).join('\r\n')))
const utf8 = (text: string) => base64(Buffer.from(text, 'utf8'))

const partnersFile = () =>
  cp1251([
    ['ИНН', 'Наименование', 'E-mail', 'КПП', 'Скидка, %'],
    [ALPHA_INN, 'ООО «Альфа»', 'alpha@example.ru', '773601001', '25'],
    [BETA_INN, 'ИП Бета', 'beta@example.ru', '', ''],
  ])
const clientsFile = () =>
  cp1251([
    ['Лицевой счёт', 'Клиент', 'ИНН партнёра', 'Закреплён с', 'Продукт', 'Кол-во', 'Оплачено до'],
    ['60000001', 'ООО «Клиент 1»', ALPHA_INN, '01.03.2025', 'atrealt-amocrm', '5', '28.02.2027'],
    ['60000001', 'ООО «Клиент 1»', ALPHA_INN, '01.03.2025', 'atrealt-bitrix24', '2', '31.12.2026'],
    ['60000002', 'ООО «Клиент 2»', BETA_INN, '2025-06-15', '', '', ''],
  ])

/** Every row an import may write, to compare before and after. */
const snapshot = async () => {
  const db = relay.deps.db
  return {
    partners: await db.selectFrom('partners').select(['id', 'inn', 'name']).orderBy('id').execute(),
    clients: await db.selectFrom('clients').select(['account_number', 'name']).orderBy('account_number').execute(),
    pins: await db.selectFrom('pins').select(['id', 'account_number', 'partner_id', 'state']).orderBy('id').execute(),
    terms: await db.selectFrom('imported_terms').select(['id']).orderBy('id').execute(),
    invoices: await db.selectFrom('historic_invoices').select(['number']).orderBy('number').execute(),
    postings: await db.selectFrom('ledger_postings').select(['id']).orderBy('id').execute(),
  }
}

beforeAll(async () => {
  relay = await startRelay({ at: '2026-12-07T12:00:00+03:00' })
  vendor = await relay.vendor()
})
afterAll(() => relay.close())

describe('bringing the existing book (issue 10)', () => {
  test('the dry run of a Windows-1251 partners file says what each line would do and writes nothing', async () => {
    const before = await snapshot()
    const preview = await vendor.call('POST', '/v1/imports/preview', { file: partnersFile() })
    expect(preview.status).toBe(200)
    expect(preview.body).toMatchObject({ kind: 'partners', applied: false, summary: { created: 2, unchanged: 0, conflict: 0, error: 0 } })
    expect(preview.body.lines.map((line: { line: number; key: string }) => [line.line, line.key])).toEqual([
      [2, ALPHA_INN],
      [3, BETA_INN],
    ])
    expect(await snapshot()).toEqual(before)
  })

  test('partners, then clients with pins and paid terms, are applied; the same files again change nothing (idempotent)', async () => {
    const partners = await relay.admin('POST', '/v1/admin/imports', { file: partnersFile() })
    expect(partners.status).toBe(200)
    expect(partners.body.summary).toEqual({ created: 2, unchanged: 0, conflict: 0, error: 0 })
    const clients = await vendor.call('POST', '/v1/imports', { file: clientsFile() }, { 'idempotency-key': 'import-clients-1' })
    expect(clients.status).toBe(200)
    expect(clients.body).toMatchObject({ kind: 'clients', applied: true, summary: { created: 3, unchanged: 0, conflict: 0, error: 0 } })
    const alpha = await relay.deps.db.selectFrom('partners').select(['id', 'current_discount_bps']).where('inn', '=', ALPHA_INN).executeTakeFirstOrThrow()
    expect(alpha.current_discount_bps).toBe(2500)
    const card = await vendor.call('GET', '/v1/clients/60000001')
    expect(card.status).toBe(200)
    expect(card.body).toMatchObject({ view: 'vendor', pin: { state: 'approved', partnerId: alpha.id }, supportedUntil: '2027-02-28' })
    expect(card.body.sublicenses).toEqual([
      expect.objectContaining({ sku: 'atrealt-bitrix24', quantity: 2, paidThrough: '2026-12-31', imported: true }),
      expect.objectContaining({ sku: 'atrealt-amocrm', quantity: 5, paidThrough: '2027-02-28', imported: true }),
    ])

    const before = await snapshot()
    const again = await vendor.call('POST', '/v1/imports', { file: clientsFile() }, { 'idempotency-key': 'import-clients-2' })
    expect(again.body.summary).toEqual({ created: 0, unchanged: 3, conflict: 0, error: 0 })
    const partnersAgain = await relay.admin('POST', '/v1/admin/imports', { file: partnersFile() })
    expect(partnersAgain.body.summary).toEqual({ created: 0, unchanged: 2, conflict: 0, error: 0 })
    expect(await snapshot()).toEqual(before)
  })

  test('a client already pinned to another partner is a conflict, reported and never re-pinned', async () => {
    const other = await relay.partner({ inn: '7728168971', name: 'ООО «Гамма»' })
    const accountNumber = await registerClient(other)
    const { body } = await other.call('POST', '/v1/pins', { accountNumber })
    await vendor.call('POST', `/v1/pins/${body.pin.id}/approve`, {})
    const file = utf8(
      `Account number,Client,Partner INN,Pinned since\n${accountNumber},Client,${ALPHA_INN},2025-01-10\n60000003,New client,${ALPHA_INN},10.01.2025\n`,
    )
    const answer = await vendor.call('POST', '/v1/imports', { file }, { 'idempotency-key': 'import-conflict' })
    expect(answer.status).toBe(200)
    expect(answer.body.summary).toEqual({ created: 1, unchanged: 0, conflict: 1, error: 0 })
    expect(answer.body.lines[0]).toMatchObject({
      outcome: 'conflict',
      problems: [{ field: 'partnerInn', column: 'Partner INN', en: expect.stringContaining('pinned to another partner ("ООО «Гамма»")') }],
    })
    const pin = await relay.deps.db
      .selectFrom('pins')
      .select(['partner_id'])
      .where('account_number', '=', accountNumber)
      .where('state', '=', 'approved')
      .executeTakeFirstOrThrow()
    expect(pin.partner_id).toBe(other.id)
  })

  test('historic invoices keep their own numbers, outside the live series and the ledger', async () => {
    const file = cp1251([
      ['Номер счёта', 'Дата', 'ИНН партнёра', 'Лицевой счёт', 'Продукт', 'Количество', 'Сумма', 'Оплачен', 'Перечислено'],
      ['СТ-101', '15.01.2026', ALPHA_INN, '60000001', 'atrealt-amocrm', '5', '17 820,50', '20.01.2026', '25.01.2026'],
      ['СТ-101', '15.01.2026', ALPHA_INN, '60000001', 'atrealt-bitrix24', '1', '990,00', '20.01.2026', '25.01.2026'],
    ])
    const before = await snapshot()
    const answer = await vendor.call('POST', '/v1/imports', { file }, { 'idempotency-key': 'import-invoices' })
    expect(answer.status).toBe(200)
    expect(answer.body.summary).toEqual({ created: 2, unchanged: 0, conflict: 0, error: 0 })
    const stored = await relay.deps.db.selectFrom('historic_invoices').selectAll().where('number', '=', 'СТ-101').executeTakeFirstOrThrow()
    expect(stored).toMatchObject({ total_kop: 1_881_050n, issued_on: '2026-01-15', client_paid_on: '2026-01-20', transfer_received_on: '2026-01-25' })
    const after = await snapshot()
    expect(after.postings).toEqual(before.postings)
    expect(await relay.deps.db.selectFrom('invoices').select('id').execute()).toEqual([])
    const again = await vendor.call('POST', '/v1/imports/preview', { file })
    expect(again.body.summary).toEqual({ created: 0, unchanged: 2, conflict: 0, error: 0 })
  })

  const refused: [string, () => Record<string, unknown>, RegExp][] = [
    ['a file in UTF-16', () => ({ file: base64(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ИНН;Наименование', 'utf16le')])) }), /UTF-16/],
    ['a NUL byte', () => ({ file: base64(Buffer.from(`ИНН;Наименование;E-mail\n${ALPHA_INN};A\0;a@b.ru\n`)) }), /NUL byte/],
    ['no header row', () => ({ file: utf8(`${ALPHA_INN};ООО Альфа;a@b.ru\n`) }), /no header row/],
    ['an unknown column', () => ({ file: utf8(`ИНН;Наименование;E-mail;Телефон\n${ALPHA_INN};А;a@b.ru;1\n`) }), /unknown column "Телефон"/],
    [
      'a date that does not exist',
      () => ({ file: utf8(`Лицевой счёт;Клиент;ИНН партнёра;Закреплён с\n60000009;К;${ALPHA_INN};31.02.2026\n`) }),
      /cannot be imported/,
    ],
    ['an INN with a bad check digit', () => ({ file: utf8(`ИНН;Наименование;E-mail\n7707083894;А;a@b.ru\n`) }), /cannot be imported/],
    ['a line repeated within the file', () => ({ file: utf8(`ИНН;Наименование;E-mail\n7736050003;А;a@b.ru\n7736050003;А;a@b.ru\n`) }), /cannot be imported/],
  ]
  test.each(refused)('%s: a clear error, nothing changed', async (_name, body, message) => {
    const before = await snapshot()
    const answer = await vendor.call('POST', '/v1/imports', body(), { 'idempotency-key': `refused-${refused.findIndex(([name]) => name === _name)}` })
    expect(answer.status).toBe(400)
    expect(answer.body.error.message).toMatch(message)
    expect(await snapshot()).toEqual(before)
  })

  test('the dry run names each bad line: the column and the reason in both languages', async () => {
    const file = utf8(`Лицевой счёт;Клиент;ИНН партнёра;Закреплён с\n60000009;К;${ALPHA_INN};31.02.2026\n60000010;К;7707083894;01.02.2026\n`)
    const preview = await vendor.call('POST', '/v1/imports/preview', { file })
    expect(preview.body.lines.map((line: { outcome: string; problems: { field: string }[] }) => [line.outcome, line.problems.map((p) => p.field)])).toEqual([
      ['error', ['pinnedSince']],
      ['error', ['partnerInn']],
    ])
    expect(preview.body.lines[0].problems[0].ru).toMatch(/31\.02\.2026/)
    // Told in the file's own words: its header's name for the column, not the relay's field.
    expect(preview.body.lines.map((line: { problems: { column: string | null }[] }) => line.problems[0].column)).toEqual(['Закреплён с', 'ИНН партнёра'])
  })

  test('a 50 MB body is refused before it is read', async () => {
    const before = await snapshot()
    const answer = await vendor.call('POST', '/v1/imports/preview', { file: 'A'.repeat(50 * 1024 * 1024) })
    expect(answer.status).toBe(413)
    expect(answer.body.error.code).toBe('payload_too_large')
    expect(await snapshot()).toEqual(before)
  })
})
