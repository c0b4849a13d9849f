import { describe, expect, test } from 'vitest'
import { fromDayNumber, toDayNumber, weekdayOf } from './day-number'

describe('day numbers', () => {
  test.each([
    { label: 'the epoch is day 0, a Thursday', date: '1970-01-01', dayNumber: 0, weekday: 4 },
    { label: 'the day before the epoch, a Wednesday', date: '1969-12-31', dayNumber: -1, weekday: 3 },
    { label: 'leap day 2000', date: '2000-02-29', dayNumber: 11016, weekday: 2 },
    { label: '30 April 2026, a Thursday', date: '2026-04-30', dayNumber: 20573, weekday: 4 },
    { label: '1 January 2027, a Friday', date: '2027-01-01', dayNumber: 20819, weekday: 5 },
  ])('$label', ({ date, dayNumber, weekday }) => {
    expect(toDayNumber(date)).toBe(dayNumber)
    expect(fromDayNumber(dayNumber)).toBe(date)
    expect(weekdayOf(dayNumber)).toBe(weekday)
  })

  test('agrees with the Gregorian calendar for every day from 1899 to 2101', () => {
    const mismatches: string[] = []
    for (let day = toDayNumber('1899-01-01'); day <= toDayNumber('2101-12-31'); day += 1) {
      const expected = new Date(day * 86_400_000).toISOString().slice(0, 10)
      if (fromDayNumber(day) !== expected || toDayNumber(expected) !== day) mismatches.push(expected)
    }
    expect(mismatches).toEqual([])
  })
})
