import type { Calendars } from './calendar-schema'

/**
 * True when a span of days from `from` to `to` touches a year whose calendar file does not hold the
 * government's decree yet: a deadline counted across it may still move when the decree
 * lands. Read each time from the files, so it clears by itself once the decree is in.
 */
export const restsOnProvisional = ({ from, to, calendars }: { from: string; to: string; calendars: Calendars }): boolean => {
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) {
    if (calendars.years.get(year)?.provisional) return true
  }
  return false
}
