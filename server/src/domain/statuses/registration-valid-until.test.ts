import { describe, expect, test } from 'vitest'
import { registrationValidUntil } from './registration-valid-until'

describe('registrationValidUntil (AG-4)', () => {
  test.each([
    { label: 'approved on 14 May: protected 90 days, to 12 August (AG-4)', from: '2026-05-14', currentUntil: null, until: '2026-08-12' },
    { label: 'across the year end (AG-4)', from: '2026-11-15', currentUntil: null, until: '2027-02-13' },
    { label: 'an early renewal extends from the current end (AG-4)', from: '2026-08-01', currentUntil: '2026-08-12', until: '2026-11-10' },
    { label: 'a late renewal extends from the decision (AG-4)', from: '2026-08-20', currentUntil: '2026-08-12', until: '2026-11-18' },
  ])('$label', ({ from, currentUntil, until }) => {
    expect(registrationValidUntil({ from, validityDays: 90, currentUntil })).toBe(until)
  })
})
