import type { Calendars } from './calendar-schema'

export type CalendarNotice = { year: number; state: 'missing' | 'provisional' }

// The government publishes next year's decree in the autumn; from October, a deadline counted
// today may already run into next year.
const WARN_FROM = '10-01'

/**
 * What vendor staff and the operator must hear about next year's production calendar: from
 * 1 October, that its file is missing or still provisional. Null when there is nothing to say.
 */
export const calendarNotice = ({ today, calendars }: { today: string; calendars: Calendars }): CalendarNotice | null => {
  if (today.slice(5) < WARN_FROM) return null
  const year = Number(today.slice(0, 4)) + 1
  const file = calendars.years.get(year)
  if (!file) return { year, state: 'missing' }
  return file.provisional ? { year, state: 'provisional' } : null
}

/** Each year's calendar as the relay holds it, for the operator's check. */
export const calendarStates = (calendars: Calendars) =>
  [...calendars.years].map(([year, file]) => ({ year, state: file.provisional ? ('provisional' as const) : ('final' as const), source: file.source }))
