import { describe, expect, test } from 'vitest'
import { addMonths } from './add-months'
import { sublicenseTerms } from './sublicense-terms'

const invoice = (number: string, clientPaidOn: string, months: number | null) => ({
  id: number,
  number,
  clientPaidOn,
  onTime: true,
  lines: [{ sku: 'atrealt-amocrm', name: 'ATRealt для amoCRM', quantity: 2, months }],
})

describe('sublicense terms (AT-4.2, AT-1.4a)', () => {
  test.each([
    { label: 'a month from mid-month', from: '2026-04-15', months: 1, through: '2026-05-14' },
    { label: 'twelve months across the year end', from: '2026-11-23', months: 12, through: '2027-11-22' },
    { label: '31 January plus one month clamps to February', from: '2026-01-31', months: 1, through: '2026-02-27' },
  ])('$label', ({ from, months, through }) => {
    expect(sublicenseTerms([invoice('2026-000001', from, months)]).terms[0].paidThrough).toBe(through)
  })

  test('a renewal paid early starts the day after the current term ends', () => {
    const { terms, supportedUntil } = sublicenseTerms([invoice('2026-000002', '2026-05-01', 1), invoice('2026-000001', '2026-04-15', 1)])
    expect(terms.map((t) => [t.paidFrom, t.paidThrough])).toEqual([
      ['2026-04-15', '2026-05-14'],
      ['2026-05-15', '2026-06-14'],
    ])
    expect(supportedUntil).toBe('2026-06-14')
  })

  test('a renewal paid after a gap starts on its payment day', () => {
    const { terms } = sublicenseTerms([invoice('2026-000001', '2026-01-10', 1), invoice('2026-000002', '2026-03-01', 1)])
    expect(terms[1].paidFrom).toBe('2026-03-01')
  })

  test('one-time products have no term and do not extend support', () => {
    expect(sublicenseTerms([invoice('2026-000001', '2026-01-10', null)])).toMatchObject({ supportedUntil: null })
  })

  test.each([
    { date: '2026-12-31', months: 2, expected: '2027-02-28' },
    { date: '2028-01-31', months: 1, expected: '2028-02-29' },
  ])('addMonths($date, $months) = $expected', ({ date, months, expected }) => {
    expect(addMonths(date, months)).toBe(expected)
  })
})

test('a term paid before the relay, brought by an import, counts: a renewal paid before it ends runs from the day after (AT-4.2, issue 10)', () => {
  const imported = [{ id: 't-1', sku: 'amo', name: 'amoCRM', quantity: 5, paidUntil: '2026-12-31' }]
  const renewal = {
    id: 'i-1',
    number: '2026-000001',
    clientPaidOn: '2026-12-20',
    onTime: true,
    lines: [{ sku: 'amo', name: 'amoCRM', quantity: 5, months: 12 }],
  }
  const { terms, supportedUntil } = sublicenseTerms([renewal], imported)
  expect(terms.map((term) => [term.imported ?? false, term.paidFrom, term.paidThrough])).toEqual([
    [true, null, '2026-12-31'],
    [false, '2027-01-01', '2027-12-31'],
  ])
  expect(supportedUntil).toBe('2027-12-31')
})
