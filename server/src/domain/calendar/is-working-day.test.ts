import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { loadCalendars } from '../../config/load-calendars'
import { isWorkingDay } from './is-working-day'

const calendars = loadCalendars(fileURLToPath(new URL('../../../calendars', import.meta.url)), 'ru')

describe('isWorkingDay', () => {
  test.each([
    { label: 'an ordinary Thursday works', date: '2026-04-30', isWorking: true },
    { label: 'an ordinary Saturday rests', date: '2026-04-25', isWorking: false },
    { label: 'Friday 9 January 2026 rests by decree (X-7)', date: '2026-01-09', isWorking: false },
    { label: 'Friday 8 May 2026 works (X-7)', date: '2026-05-08', isWorking: true },
    { label: 'Saturday 1 November 2025 works by decree (X-7)', date: '2025-11-01', isWorking: true },
    { label: 'Wednesday 31 December 2025 rests by decree (X-7)', date: '2025-12-31', isWorking: false },
    { label: 'without a calendar, 7 January 2027 rests (art. 112)', date: '2027-01-07', isWorking: false },
    { label: 'without a calendar, Monday 11 January 2027 works', date: '2027-01-11', isWorking: true },
  ])('$label', ({ date, isWorking }) => {
    expect(isWorkingDay(date, calendars)).toBe(isWorking)
  })

  test('refuses a malformed date', () => {
    expect(() => isWorkingDay('2026-4-1', calendars)).toThrow(expect.objectContaining({ code: 'invalid_request' }))
  })
})
