import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type Crm, pinnedClient, type RelayUnderTest, startRelay } from './support/relay-under-test'

let relay: RelayUnderTest
beforeAll(async () => {
  relay = await startRelay({ at: '2026-04-28T10:00:00+03:00' })
})
afterAll(() => relay.close())

const amoLine = (quantity: number, months: number) => ({ sku: 'atrealt-amocrm', quantity, months })

/** A partner's invoice of 10 amoCRM sublicenses for 12 months and one more line, with the vendor staff who credit it. */
const invoiceToCredit = async (extra: Record<string, unknown> = {}) => {
  const partner = await relay.partner()
  const { accountNumber, vendor } = await pinnedClient(relay, partner)
  const answer = await partner.call('POST', '/v1/invoices', {
    accountNumber,
    lines: [amoLine(10, 12), { sku: 'atrealt-crm', quantity: 2, months: 3 }],
    ...extra,
  })
  expect(answer.status).toBe(201)
  return { partner, vendor, invoice: answer.body.invoice }
}

const credit = (vendor: Crm, invoiceId: string, body: unknown, key?: string) =>
  vendor.call('POST', `/v1/invoices/${invoiceId}/credit-notes`, body, key ? { 'idempotency-key': key } : {})

/** Row counts a refused credit note must leave as they were. */
const counts = async () => {
  const count = async (table: 'credit_notes' | 'ledger_postings' | 'audit_log' | 'invoice_counters') =>
    Number(
      (
        await relay.deps.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )
  return {
    notes: await count('credit_notes'),
    postings: await count('ledger_postings'),
    audit: await count('audit_log'),
    counters: await count('invoice_counters'),
  }
}

const balances = async (partner: Crm) => (await partner.call('GET', '/v1/ledger')).body.balances as Record<string, number>
const account = (partnerId: string, kind: string) => `partner:${partnerId}:${kind}`

describe('credit notes (X-2, X-3)', () => {
  test('credits 3 of 10 sublicenses at the invoice price, under its own number, and shows under the invoice (X-2, X-3)', async () => {
    const { partner, vendor, invoice } = await invoiceToCredit()
    const answer = await credit(vendor, invoice.id, { lines: [{ line: 0, quantity: 3 }], reason: 'Клиент сократил число рабочих мест' })
    expect(answer.status).toBe(201)
    const { creditNote } = answer.body
    expect(creditNote.number).toMatch(/^К-2026-\d{6}$/)
    const line = invoice.lines[0]
    expect(creditNote.lines[0]).toMatchObject({ line: 0, was: { quantity: 10, months: 12 }, becomes: { quantity: 7, months: 12 } })
    expect(creditNote.totals.listKop).toBe(line.unitPriceKop * 3 * 12)
    expect(creditNote.totals.payableKop + creditNote.totals.rewardKop).toBe(creditNote.totals.listKop)
    // The invoice stays as issued; the note hangs under it for the owner and for staff.
    const seen = await partner.call('GET', `/v1/invoices/${invoice.id}`)
    expect(seen.body.invoice.totals).toEqual(invoice.totals)
    expect(seen.body.invoice.creditNotes.map((n: { number: string }) => n.number)).toEqual([creditNote.number])
    const card = await vendor.call('GET', `/v1/clients/${invoice.accountNumber}`)
    expect(card.body.invoices[0].creditNotes[0]).toMatchObject({ number: creditNote.number, totals: creditNote.totals })
    // Unpaid: the client owes less, the partner owes the vendor less and earns less.
    const after = await balances(partner)
    expect(after[account(partner.id, 'client-receivable')]).toBe(invoice.totals.listKop - creditNote.totals.listKop)
    expect(after[account(partner.id, 'vendor-payable')]).toBe(-(invoice.totals.payableKop - creditNote.totals.payableKop))
    expect(after[account(partner.id, 'reward')]).toBe(-(invoice.totals.rewardKop - creditNote.totals.rewardKop))
    const audit = await relay.deps.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'invoice.credit-noted')
      .where('entity_id', '=', invoice.id)
      .execute()
    expect(audit).toHaveLength(1)
    expect(audit[0].reason).toBe('Клиент сократил число рабочих мест')
  })

  test('a second note credits only what the first left; beyond it is refused naming the line (X-2)', async () => {
    const { vendor, invoice } = await invoiceToCredit()
    expect((await credit(vendor, invoice.id, { lines: [{ line: 0, quantity: 4 }], reason: 'Первое уменьшение' })).status).toBe(201)
    const before = await counts()
    const refused = await credit(vendor, invoice.id, { lines: [{ line: 0, quantity: 7 }], reason: 'Слишком много' })
    expect(refused.status).toBe(400)
    expect(refused.body.error).toMatchObject({ code: 'invalid_request', rule: 'X-2', details: { fields: [{ path: 'lines.0.quantity' }] } })
    expect(refused.body.error.message).toContain('Line 1 (')
    expect(refused.body.error.message).toContain('only 6 left')
    expect(await counts()).toEqual(before)
    const rest = await credit(vendor, invoice.id, {
      lines: [
        { line: 0, quantity: 6 },
        { line: 1, months: 3 },
      ],
      reason: 'Остаток',
    })
    expect(rest.status).toBe(201)
    const { body } = await vendor.call('GET', `/v1/invoices/${invoice.id}`)
    const credited = body.invoice.creditNotes.reduce((sum: number, n: { totals: { listKop: number } }) => sum + n.totals.listKop, 0)
    expect(credited).toBe(invoice.totals.listKop)
    expect((await credit(vendor, invoice.id, { lines: [{ line: 0, quantity: 1 }], reason: 'Ещё' })).body.error.message).toContain('already credited in full')
  })

  test.each([
    { label: 'zero sublicenses', lines: [{ line: 0, quantity: 0 }], reason: 'x', path: 'lines.0.quantity' },
    { label: 'negative months', lines: [{ line: 0, months: -2 }], reason: 'x', path: 'lines.0.months' },
    { label: 'fractional sublicenses', lines: [{ line: 0, quantity: 1.5 }], reason: 'x', path: 'lines.0.quantity' },
    { label: 'an unknown line', lines: [{ line: 7, quantity: 1 }], reason: 'x', path: 'lines.0.line' },
    { label: 'more months than the line has', lines: [{ line: 1, months: 4 }], reason: 'x', path: 'lines.0.months' },
    { label: 'no lines', lines: [], reason: 'x', path: 'lines' },
    { label: 'an empty reason', lines: [{ line: 0, quantity: 1 }], reason: '  ', path: 'reason' },
    { label: 'a NUL byte in the reason', lines: [{ line: 0, quantity: 1 }], reason: 'a\u0000b', path: 'reason' },
  ])('refuses $label and changes nothing (X-2)', async ({ lines, reason, path }) => {
    const { vendor, invoice } = await invoiceToCredit()
    const before = await counts()
    const answer = await credit(vendor, invoice.id, { lines, reason })
    expect(answer.status).toBe(400)
    expect(answer.body.error.code).toBe('invalid_request')
    expect(JSON.stringify(answer.body.error.details)).toContain(path)
    expect(await counts()).toEqual(before)
  })

  test('a void invoice gets no note; a partner cannot issue one (X-3, X-5)', async () => {
    const { partner, vendor, invoice } = await invoiceToCredit()
    const asPartner = await credit(partner, invoice.id, { lines: [{ line: 0, quantity: 1 }], reason: 'Сам себе' })
    expect(asPartner.status).toBe(403)
    await vendor.call('POST', `/v1/invoices/${invoice.id}/void`, { reason: 'Ошибка' })
    const before = await counts()
    const refused = await credit(vendor, invoice.id, { lines: [{ line: 0, quantity: 1 }], reason: 'После аннулирования' })
    expect(refused.status).toBe(409)
    expect(refused.body.error).toMatchObject({ code: 'invalid_state', rule: 'X-3' })
    expect(await counts()).toEqual(before)
    expect((await credit(vendor, 'no-such-invoice', { lines: [{ line: 0, quantity: 1 }], reason: 'x' })).status).toBe(404)
  })

  test('voiding an invoice after a note reverses the note too: every balance back to zero (X-2)', async () => {
    const { partner, vendor, invoice } = await invoiceToCredit({ clientPaidOn: '2026-04-27' })
    await credit(vendor, invoice.id, { lines: [{ line: 0, months: 2 }], reason: 'Короче срок' })
    await vendor.call('POST', `/v1/invoices/${invoice.id}/void`, { reason: 'Отказ' })
    expect(Object.values(await balances(partner)).every((kop) => kop === 0)).toBe(true)
  })

  test('a retried note with its Idempotency-Key is one note; another body under the key is refused (X-6)', async () => {
    const { vendor, invoice } = await invoiceToCredit()
    const body = { lines: [{ line: 0, quantity: 1 }], reason: 'Двойной клик' }
    const answers = await Promise.all([1, 2, 3].map(() => credit(vendor, invoice.id, body, 'credit-double-click')))
    expect(new Set(answers.map((a) => a.body.creditNote?.id)).size).toBe(1)
    const notes = await relay.deps.db.selectFrom('credit_notes').select('id').where('invoice_id', '=', invoice.id).execute()
    expect(notes).toHaveLength(1)
    const conflict = await credit(vendor, invoice.id, { ...body, lines: [{ line: 0, quantity: 2 }] }, 'credit-double-click')
    expect(conflict.body.error.code).toBe('idempotency_conflict')
  })

  test('paid by the client, then credited: a refund owed to the client, and the transfer is of what is left (AT-1.6, X-2)', async () => {
    const { partner, vendor, invoice } = await invoiceToCredit({ clientPaidOn: '2026-04-27' })
    const { body } = await credit(vendor, invoice.id, { lines: [{ line: 0, quantity: 5 }], reason: 'Меньше мест' })
    const mid = await balances(partner)
    expect(mid[account(partner.id, 'client-receivable')]).toBe(0)
    expect(mid[account(partner.id, 'client-refund')]).toBe(-body.creditNote.totals.listKop)
    expect((await vendor.call('POST', `/v1/invoices/${invoice.id}/transfer`, { receivedOn: '2026-04-28' })).status).toBe(200)
    const after = await balances(partner)
    expect(after[account(partner.id, 'vendor-payable')]).toBe(0)
    expect(after[account(partner.id, 'cash')]).toBe(invoice.totals.listKop - (invoice.totals.payableKop - body.creditNote.totals.payableKop))
  })

  test('a note on a settled invoice becomes a balance the vendor owes the partner, in its statement (X-2)', async () => {
    const { partner, vendor, invoice } = await invoiceToCredit({ clientPaidOn: '2026-04-27' })
    await vendor.call('POST', `/v1/invoices/${invoice.id}/transfer`, { receivedOn: '2026-04-28' })
    const { body } = await credit(vendor, invoice.id, { lines: [{ line: 1, quantity: 1 }], reason: 'Возврат после перевода' })
    expect(body.invoice.state).toBe('settled')
    const statement = await partner.call('GET', '/v1/ledger')
    expect(statement.body.balances[account(partner.id, 'vendor-credit')]).toBe(body.creditNote.totals.payableKop)
    expect(statement.body.balances[account(partner.id, 'vendor-payable')]).toBe(0)
    const entry = statement.body.entries.find((e: { kind: string }) => e.kind === 'credit.noted')
    expect(entry).toMatchObject({ invoiceNumber: invoice.number, creditNoteNumber: body.creditNote.number })
  })

  test('the PDF «Корректировочный счёт» is the partner’s and staff’s to read, no one else’s (X-5)', async () => {
    const { partner, vendor, invoice } = await invoiceToCredit()
    const { body } = await credit(vendor, invoice.id, { lines: [{ line: 0, quantity: 2 }], reason: 'Меньше мест' })
    for (const caller of [partner, vendor]) {
      const pdf = await caller.call('GET', `/v1/credit-notes/${body.creditNote.id}/pdf`)
      expect(pdf.status).toBe(200)
      expect(pdf.headers.get('content-type')).toBe('application/pdf')
      expect(pdf.body.bytes.subarray(0, 5).toString()).toBe('%PDF-')
    }
    const other = await relay.partner()
    expect((await other.call('GET', `/v1/credit-notes/${body.creditNote.id}/pdf`)).status).toBe(404)
  })

  test('parallel notes get unique, gapless numbers of their own series (X-3)', async () => {
    const { vendor, invoice } = await invoiceToCredit()
    const answers = await Promise.all(Array.from({ length: 8 }, () => credit(vendor, invoice.id, { lines: [{ line: 0, quantity: 1 }], reason: 'По одному' })))
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(201))
    const all = await relay.deps.db.selectFrom('credit_notes').select(['seq', 'number']).where('year', '=', 2026).orderBy('seq').execute()
    expect(all.map((r) => r.seq)).toEqual(all.map((_r, i) => i + 1))
    const left = await credit(vendor, invoice.id, { lines: [{ line: 0, quantity: 3 }], reason: 'Слишком много' })
    expect(left.body.error.message).toContain('only 2 left')
  })
})
