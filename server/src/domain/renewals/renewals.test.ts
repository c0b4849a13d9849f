import { describe, expect, test } from 'vitest'
import { sublicenseTerms } from '../invoices/sublicense-terms'
import { nextTerm } from './next-term'
import { termsEndingWithin } from './terms-ending-within'

const invoice = (number: string, clientPaidOn: string, months: number | null, sku = 'atrealt-amocrm') => ({
  id: number,
  number,
  clientPaidOn,
  onTime: true,
  lines: [{ sku, name: sku, quantity: 3, months }],
})

describe('the next term of a renewal (AT-1.6 prolongation)', () => {
  test.each([
    { label: 'a month from mid-month', paidThrough: '2026-05-14', months: 1, startsOn: '2026-05-15', endsOn: '2026-06-14' },
    { label: 'ending 30 January: 31 January + 1 month clamps to February', paidThrough: '2026-01-30', months: 1, startsOn: '2026-01-31', endsOn: '2026-02-27' },
    { label: 'in a leap year 31 January + 1 month ends 28 February', paidThrough: '2028-01-30', months: 1, startsOn: '2028-01-31', endsOn: '2028-02-28' },
    { label: 'ending on the last day of February starts on 1 March', paidThrough: '2026-02-28', months: 1, startsOn: '2026-03-01', endsOn: '2026-03-31' },
    { label: 'ending 31 December starts in the new year', paidThrough: '2026-12-31', months: 12, startsOn: '2027-01-01', endsOn: '2027-12-31' },
  ])('$label', ({ paidThrough, months, startsOn, endsOn }) => {
    expect(nextTerm({ paidThrough, months })).toEqual({ startsOn, endsOn })
  })

  test('is the term the relay counts when the renewal is paid before the current one ends', () => {
    const first = invoice('2026-000001', '2026-01-31', 1)
    const { terms } = sublicenseTerms([first])
    const next = nextTerm({ paidThrough: terms[0].paidThrough!, months: 1 })
    const renewed = sublicenseTerms([first, invoice('2026-000002', '2026-02-20', 1)]).terms[1]
    expect([renewed.paidFrom, renewed.paidThrough]).toEqual([next.startsOn, next.endsOn])
  })
})

describe('terms ending within N days (AT-1.6 prolongation)', () => {
  const ending = (invoices: ReturnType<typeof invoice>[], today: string, days = 60) =>
    termsEndingWithin({ terms: sublicenseTerms(invoices).terms, today, days }).map((term) => [term.sku, term.paidThrough, term.daysLeft])

  test.each([
    { label: 'ending today counts, 0 days left', paidOn: '2026-02-01', months: 1, today: '2026-02-28', expected: [['atrealt-amocrm', '2026-02-28', 0]] },
    { label: 'ended yesterday is left out', paidOn: '2026-02-01', months: 1, today: '2026-03-01', expected: [] },
    { label: 'ending on the 60th day counts', paidOn: '2026-01-31', months: 1, today: '2025-12-29', expected: [['atrealt-amocrm', '2026-02-27', 60]] },
    { label: 'ending on the 61st day is left out', paidOn: '2026-01-31', months: 1, today: '2025-12-28', expected: [] },
    { label: 'across the year end', paidOn: '2026-01-01', months: 12, today: '2026-12-01', expected: [['atrealt-amocrm', '2026-12-31', 30]] },
  ])('$label', ({ paidOn, months, today, expected }) => {
    expect(ending([invoice('2026-000001', paidOn, months)], today)).toEqual(expected)
  })

  test('a term already renewed is not ending; the renewal is', () => {
    const invoices = [invoice('2026-000001', '2026-01-31', 1), invoice('2026-000002', '2026-02-20', 1)]
    expect(ending(invoices, '2026-02-20')).toEqual([['atrealt-amocrm', '2026-03-27', 35]])
  })

  test('soonest first, one-off lines left out, and one beyond the window', () => {
    const invoices = [
      invoice('2026-000001', '2026-03-01', 2, 'b'),
      invoice('2026-000002', '2026-03-10', 1, 'a'),
      invoice('2026-000003', '2026-03-10', null, 'c'),
      invoice('2026-000004', '2026-03-10', 3, 'd'),
    ]
    expect(ending(invoices, '2026-03-15')).toEqual([
      ['a', '2026-04-09', 25],
      ['b', '2026-04-30', 46],
    ])
  })

  test('reads no clock: the same input gives the same answer', () => {
    const invoices = [invoice('2026-000001', '2026-01-31', 1)]
    expect(ending(invoices, '2026-02-01')).toEqual(ending(invoices, '2026-02-01'))
  })
})
