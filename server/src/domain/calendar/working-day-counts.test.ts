import { describe, expect, test } from 'vitest'
import { buildCalendars } from './build-calendars'
import { classifyDay } from './classify-day'
import { fromDayNumber, toDayNumber } from './day-number'
import { countWorkingDays } from './working-day-counts'

const calendars = buildCalendars('ru', [
  { country: 'ru', year: 2025, source: 'test', nonWorkingDays: ['2025-12-31'], workingWeekendDays: ['2025-11-01'] },
  { country: 'ru', year: 2026, source: 'test', nonWorkingDays: ['2026-01-01', '2026-01-02', '2026-05-01'], workingWeekendDays: [] },
])

/** The plain walk the prefix counts replace. */
const walk = (low: number, high: number) => {
  let count = 0
  for (let day = low + 1; day <= high; day += 1) if (classifyDay(fromDayNumber(day), calendars).isWorking) count += 1
  return count
}

describe('working-day counts (X-7)', () => {
  test.each([
    { label: 'within one year', from: '2026-04-28', to: '2026-05-06' },
    { label: 'across the new year', from: '2025-12-29', to: '2026-01-12' },
    { label: 'over a year without a calendar file', from: '2025-06-01', to: '2028-02-01' },
    { label: 'an empty range', from: '2026-03-03', to: '2026-03-03' },
  ])('$label agrees with walking day by day', ({ from, to }) => {
    const [low, high] = [toDayNumber(from), toDayNumber(to)]
    expect(countWorkingDays(low, high, calendars)).toBe(walk(low, high))
  })
})
