import { describe, expect, test } from 'vitest'
import { revisedDeadline } from './revised-deadline'

const told = { date: '2027-01-12', isEstimated: true }
const counted = (date: string, isEstimated = false) => ({ date, isEstimated, isProvisional: true })

describe('revisedDeadline (X-7, AT-1.6)', () => {
  test('a later date from a new calendar file replaces the one told', () =>
    expect(revisedDeadline({ told, counted: counted('2027-01-13') })).toEqual({ date: '2027-01-13', isEstimated: false }))
  test('an earlier date never does: the partner keeps the date it was told', () => expect(revisedDeadline({ told, counted: counted('2027-01-11') })).toBeNull())
  test('the same date loses its estimated mark once a file covers it', () =>
    expect(revisedDeadline({ told, counted: counted('2027-01-12') })).toEqual({ date: '2027-01-12', isEstimated: false }))
  test('nothing changes, nothing is written', () =>
    expect(
      revisedDeadline({ told: { date: '2026-12-04', isEstimated: false }, counted: { date: '2026-12-04', isEstimated: false, isProvisional: false } }),
    ).toBeNull())
})
