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

// Every request asks for today and formatToParts is the slow half. A date changes only on a whole
// second (UTC offsets are whole seconds), so the last answer per zone is reused within its second.
const lastAnswers = new Map<string, { second: number; date: string }>()

/**
 * The calendar date 'YYYY-MM-DD' that `now` falls on in `timeZone` (the program's, e.g.
 * Europe/Moscow). The instant comes in as an argument so the domain never reads the clock.
 * @throws RangeError for an unknown time zone.
 */
export const todayIn = (timeZone: string, now: Date): string => {
  const second = Math.floor(now.getTime() / 1000)
  const last = lastAnswers.get(timeZone)
  if (last?.second === second) return last.date
  const parts = formatterFor(timeZone).formatToParts(now)
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? ''
  const date = `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`
  lastAnswers.set(timeZone, { second, date })
  return date
}
