import { fromDayNumber, toDayNumber } from '../calendar/day-number'

const daysInMonth = (year: number, month: number) =>
  toDayNumber(month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`) -
  toDayNumber(`${year}-${String(month).padStart(2, '0')}-01`)

/** The date `months` calendar months after `date`, clamped to the month's last day (31 Jan + 1 → 28/29 Feb). */
export const addMonths = (date: string, months: number): string => {
  const [year, month, day] = date.split('-').map(Number)
  const index = year * 12 + (month - 1) + months
  const y = Math.floor(index / 12)
  const m = (index % 12) + 1
  const d = Math.min(day, daysInMonth(y, m))
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

export const addDays = (date: string, days: number): string => fromDayNumber(toDayNumber(date) + days)
