import { describe, expect, test } from 'vitest'
import { todayIn } from './today-in'

describe('todayIn', () => {
  test.each([
    { label: 'late evening UTC is already tomorrow in Moscow', now: '2026-04-30T21:30:00Z', today: '2026-05-01' },
    { label: 'one second before Moscow midnight is still today', now: '2026-04-30T20:59:59Z', today: '2026-04-30' },
    { label: 'New Year arrives in Moscow three hours before UTC', now: '2025-12-31T21:00:00Z', today: '2026-01-01' },
  ])('$label', ({ now, today }) => {
    expect(todayIn('Europe/Moscow', new Date(now))).toBe(today)
  })

  test('the last millisecond before Moscow midnight is today and the first after it tomorrow, asked in a row', () => {
    const dates = ['2026-04-30T20:59:59.000Z', '2026-04-30T20:59:59.999Z', '2026-04-30T21:00:00.000Z'].map((now) => todayIn('Europe/Moscow', new Date(now)))
    expect(dates).toEqual(['2026-04-30', '2026-04-30', '2026-05-01'])
  })

  test('another time zone gives its own date', () => {
    expect(todayIn('America/New_York', new Date('2026-05-01T02:00:00Z'))).toBe('2026-04-30')
  })
})
