import { describe, expect, test } from 'vitest'
import { formatDateRu } from './format-date-ru'

describe('formatDateRu', () => {
  test.each([
    { label: 'day without a leading zero, month in the genitive', date: '2026-11-03', text: '3 ноября 2026 г.' },
    { label: 'January', date: '2026-01-23', text: '23 января 2026 г.' },
    { label: 'May', date: '2026-05-31', text: '31 мая 2026 г.' },
  ])('$label', ({ date, text }) => {
    expect(formatDateRu(date)).toBe(text)
  })

  test.each([
    { label: 'refuses month 13', date: '2026-13-01' },
    { label: 'refuses a date with a time', date: '2026-11-23T10:00' },
  ])('$label', ({ date }) => {
    expect(() => formatDateRu(date)).toThrow()
  })
})
