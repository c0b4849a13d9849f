import { describe, expect, test } from 'vitest'
import { halfYearOf } from './half-year-of'
import { lastCompletedHalfYear } from './last-completed-half-year'
import { parseHalfYear } from './parse-half-year'
import { nextPublicationDate, publicationDate } from './publication-date'

const monthDays = ['01-30', '07-30']

describe('half-years (AG-3.3b)', () => {
  test.each([
    { label: '30 June is the last day of H1', date: '2026-06-30', id: '2026-H1', last: '2025-H2' },
    { label: '1 July is the first day of H2', date: '2026-07-01', id: '2026-H2', last: '2026-H1' },
    { label: '31 December is the last day of H2', date: '2026-12-31', id: '2026-H2', last: '2026-H1' },
    { label: '1 January starts H1 and closes the last year', date: '2027-01-01', id: '2027-H1', last: '2026-H2' },
  ])('$label', ({ date, id, last }) => {
    expect(halfYearOf(date).id).toBe(id)
    expect(lastCompletedHalfYear(date).id).toBe(last)
  })

  test('a half-year id gives its first and last day', () => {
    expect(parseHalfYear('2026-H2')).toEqual({ id: '2026-H2', from: '2026-07-01', to: '2026-12-31' })
    expect(() => parseHalfYear('2026-Q3')).toThrow(expect.objectContaining({ code: 'invalid_request' }))
  })

  test.each([
    { label: 'the H1 list is published on 30 July', period: '2026-H1', published: '2026-07-30' },
    { label: 'the H2 list is published on 30 January of the next year', period: '2026-H2', published: '2027-01-30' },
  ])('$label', ({ period, published }) => {
    expect(publicationDate({ periodTo: parseHalfYear(period).to, monthDays })).toBe(published)
  })

  test.each([
    { label: 'before 30 January the next review is on 30 January', today: '2027-01-29', next: '2027-01-30' },
    { label: 'on 30 January the review is today', today: '2027-01-30', next: '2027-01-30' },
    { label: 'after 30 January the next review is on 30 July', today: '2027-01-31', next: '2027-07-30' },
    { label: 'after 30 July the next review is next year', today: '2026-07-31', next: '2027-01-30' },
  ])('$label', ({ today, next }) => {
    expect(nextPublicationDate({ today, monthDays })).toBe(next)
  })
})
