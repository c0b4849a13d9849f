const formatters = new Map<string, Intl.DateTimeFormat>()

// Building an Intl.DateTimeFormat costs far more than using one, and every request asks for today.
const formatterFor = (timeZone: string) => {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/**
 * The calendar date 'YYYY-MM-DD' that `now` falls on in `timeZone` (the program's, e.g.
 * Europe/Moscow). The instant comes in as an argument so the domain never reads the clock.
 * @throws RangeError for an unknown time zone.
 */
export const todayIn = (timeZone: string, now: Date): string => {
  const parts = formatterFor(timeZone).formatToParts(now)
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`
}
