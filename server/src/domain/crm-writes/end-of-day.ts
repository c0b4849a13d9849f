const formatters = new Map<string, Intl.DateTimeFormat>()

const formatterFor = (timeZone: string) => {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/** Minutes the zone is ahead of UTC at an instant. */
const offsetMinutes = (timeZone: string, at: Date) => {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  )
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second))
  return Math.round((wall - at.getTime()) / 60_000)
}

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * A deadline day as the CRMs take a due time (issue 12): 23:59 of that day in the program's time
 * zone, as a unix time (amoCRM's `complete_till`) and as an ISO time with its offset (Bitrix24's
 * `deadline`). A transfer due on a day may be made until that day ends (AT-1.6).
 * @throws RangeError for an unknown time zone or a date that is not 'YYYY-MM-DD'.
 */
export const endOfDay = (date: string, timeZone: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`Not a calendar date: ${date}`)
  const naive = new Date(`${date}T23:59:00Z`)
  const offset = offsetMinutes(timeZone, naive)
  const at = new Date(naive.getTime() - offset * 60_000)
  const sign = offset < 0 ? '-' : '+'
  const abs = Math.abs(offset)
  return { unix: Math.floor(at.getTime() / 1000), iso: `${date}T23:59:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}` }
}
