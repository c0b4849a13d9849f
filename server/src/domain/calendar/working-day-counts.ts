import type { Calendars } from './calendar-schema'
import { classifyDay } from './classify-day'
import { fromDayNumber, toDayNumber } from './day-number'

type YearCounts = { firstDay: number; prefix: Int32Array }

const cache = new WeakMap<Calendars, Map<number, YearCounts>>()

/** Working days of `year` on or before each of its days, classified once per calendar and year. */
const countsOf = (year: number, calendars: Calendars): YearCounts => {
  let years = cache.get(calendars)
  if (!years) cache.set(calendars, (years = new Map()))
  let counts = years.get(year)
  if (!counts) {
    const firstDay = toDayNumber(`${String(year).padStart(4, '0')}-01-01`)
    const length = toDayNumber(`${String(year + 1).padStart(4, '0')}-01-01`) - firstDay
    const prefix = new Int32Array(length)
    for (let i = 0, total = 0; i < length; i += 1) {
      if (classifyDay(fromDayNumber(firstDay + i), calendars).isWorking) total += 1
      prefix[i] = total
    }
    years.set(year, (counts = { firstDay, prefix }))
  }
  return counts
}

const yearOf = (dayNumber: number) => Number(fromDayNumber(dayNumber).slice(0, 4))

/** Working days in (low, high] for day numbers low ≤ high, from per-year prefix counts. */
export const countWorkingDays = (low: number, high: number, calendars: Calendars): number => {
  const upTo = (dayNumber: number) => {
    const counts = countsOf(yearOf(dayNumber), calendars)
    return counts.prefix[dayNumber - counts.firstDay]
  }
  const [lowYear, highYear] = [yearOf(low), yearOf(high)]
  if (lowYear === highYear) return upTo(high) - upTo(low)
  let count = countsOf(lowYear, calendars).prefix.at(-1)! - upTo(low)
  for (let year = lowYear + 1; year < highYear; year += 1) count += countsOf(year, calendars).prefix.at(-1)!
  return count + upTo(high)
}
