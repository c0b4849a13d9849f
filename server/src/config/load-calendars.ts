import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { buildCalendars } from '../domain/calendar/build-calendars'
import { type Calendars, ZCalendarFile } from '../domain/calendar/calendar-schema'
import { readConfigFile } from './read-config-file'

/**
 * Loads every `<country>-<year>.json` production calendar in `dir`. Runs once at start-up.
 * @throws Error naming the file and the bad field when a file is invalid, or when `dir` holds no
 * calendar for `country`.
 */
export const loadCalendars = (dir: string, country: string): Calendars => {
  if (!/^[a-z]{2}$/.test(country)) throw new Error(`Calendar country must be two lowercase letters, got "${country}"`)
  const pattern = new RegExp(`^${country}-(\\d{4})\\.json$`)
  const names = readdirSync(dir)
    .filter((name) => pattern.test(name))
    .sort()
  if (names.length === 0) throw new Error(`No production calendar for "${country}" in ${dir}`)
  const files = names.map((name) => {
    const file = readConfigFile(join(dir, name), ZCalendarFile)
    const yearInName = Number(pattern.exec(name)?.[1])
    if (file.country !== country || file.year !== yearInName) {
      throw new Error(`${join(dir, name)}: country/year inside (${file.country} ${file.year}) do not match the file name`)
    }
    return file
  })
  return buildCalendars(country, files)
}
