import { describe, expect, test } from 'vitest'
import { isValidDate } from './is-valid-date'

describe('isValidDate', () => {
  test.each([
    { label: 'an ordinary date', value: '2026-04-30', isValid: true },
    { label: 'leap day in a leap year', value: '2024-02-29', isValid: true },
    { label: 'leap day in a common year', value: '2025-02-29', isValid: false },
    { label: '30 February', value: '2026-02-30', isValid: false },
    { label: '31 April', value: '2026-04-31', isValid: false },
    { label: 'month 13', value: '2026-13-01', isValid: false },
    { label: 'unpadded month', value: '2026-4-01', isValid: false },
    { label: 'a timestamp', value: '2026-04-30T00:00:00Z', isValid: false },
    { label: 'empty', value: '', isValid: false },
  ])('$label', ({ value, isValid }) => {
    expect(isValidDate(value)).toBe(isValid)
  })
})
