import { describe, expect, test } from 'vitest'
import { loadProgram } from '../../config/load-program'
import { invoiceWarnings, sameLines, unconfirmed } from './invoice-warnings'

const atrealt = loadProgram('atrealt')
const agat = loadProgram('agat-rt')
const lines = [{ sku: 'atrealt-amocrm', quantity: 3, months: 12 }]
const base = { program: atrealt, today: '2026-12-06', payment: null, listKop: 3_564_000n, lines, recent: [] }

describe('invoiceWarnings', () => {
  test('nothing to confirm for an ordinary invoice', () => {
    expect(invoiceWarnings(base)).toEqual([])
  })

  test.each([
    { label: 'a deadline already behind today warns (AT-1.6)', dueOn: '2020-01-09', warns: true },
    { label: 'a deadline of today does not warn: the day is not over (AT-1.6)', dueOn: '2026-12-06', warns: false },
    { label: 'a deadline ahead does not warn (AT-1.6)', dueOn: '2026-12-09', warns: false },
  ])('$label', ({ dueOn, warns }) => {
    const warnings = invoiceWarnings({ ...base, payment: { paidOn: '2020-01-01', dueOn } })
    expect(warnings).toEqual(warns ? [{ code: 'deadline_passed', rule: 'AT-1.6', paidOn: '2020-01-01', dueOn }] : [])
  })

  test('Agat RT names its own overdue rule (AG-1.5)', () => {
    const warnings = invoiceWarnings({ ...base, program: agat, payment: { paidOn: '2026-01-01', dueOn: '2026-01-16' } })
    expect(warnings[0]).toMatchObject({ code: 'deadline_passed', rule: 'AG-1.5' })
  })

  test.each([
    { label: 'a total above the threshold warns (AT-5.1)', listKop: 100_000_001n, warns: true },
    { label: 'a total at the threshold does not warn (AT-5.1)', listKop: 100_000_000n, warns: false },
  ])('$label', ({ listKop, warns }) => {
    const warnings = invoiceWarnings({ ...base, listKop })
    expect(warnings).toEqual(warns ? [{ code: 'large_total', rule: 'AT-5.1', totalKop: listKop, thresholdKop: 100_000_000n }] : [])
  })

  test('the same lines in another order within the window warn with the earlier number (X-6)', () => {
    const two = [...lines, { sku: 'atrealt-crm', quantity: 1, months: 1 }]
    const recent = [
      { number: '2026-000001', issuedOn: '2026-12-06', lines: [{ sku: 'atrealt-amocrm', quantity: 2, months: 12 }] },
      { number: '2026-000002', issuedOn: '2026-12-06', lines: [...two].reverse() },
    ]
    expect(invoiceWarnings({ ...base, lines: two, recent })).toEqual([
      { code: 'possible_duplicate', rule: 'X-6', number: '2026-000002', issuedOn: '2026-12-06' },
    ])
  })

  test('a one-time line matches whether months is null or left out (X-6)', () => {
    expect(sameLines([{ sku: 'box', quantity: 1 }], [{ sku: 'box', quantity: 1, months: null }])).toBe(true)
    expect(sameLines([{ sku: 'box', quantity: 1 }], [{ sku: 'box', quantity: 2 }])).toBe(false)
  })

  test('unconfirmed leaves only the codes the caller did not list', () => {
    const warnings = invoiceWarnings({ ...base, listKop: 200_000_000n, payment: { paidOn: '2020-01-01', dueOn: '2020-01-09' } })
    expect(unconfirmed(warnings, ['large_total']).map((w) => w.code)).toEqual(['deadline_passed'])
    expect(unconfirmed(warnings, ['large_total', 'deadline_passed'])).toEqual([])
  })
})
