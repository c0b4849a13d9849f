import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, test } from 'vitest'
import { loadCalendars } from './load-calendars'

const shippedDir = fileURLToPath(new URL('../../calendars', import.meta.url))

const valid2026 = {
  country: 'ru',
  year: 2026,
  source: 'Постановление Правительства РФ от 24.09.2025 № 1466',
  nonWorkingDays: ['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04'],
  workingWeekendDays: [],
}

const dirs: string[] = []
const dirWith = (files: Record<string, unknown>) => {
  const dir = mkdtempSync(join(tmpdir(), 'calendars-'))
  dirs.push(dir)
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content))
  }
  return dir
}
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

describe('loadCalendars', () => {
  test('loads the shipped 2025 and 2026 calendars with their decrees, and 2027 as provisional (X-7)', () => {
    const calendars = loadCalendars(shippedDir, 'ru')
    expect([...calendars.years.keys()]).toEqual([2025, 2026, 2027])
    expect([2025, 2026, 2027].map((year) => calendars.years.get(year)?.provisional)).toEqual([false, false, true])
    expect(calendars.years.get(2027)?.source).toContain('ещё не внесено')
    expect(calendars.years.get(2025)?.source).toContain('№ 1335')
    expect(calendars.years.get(2026)?.source).toContain('№ 1466')
    expect(calendars.years.get(2025)?.workingWeekendDays.has('2025-11-01')).toBe(true)
    expect(calendars.years.get(2026)?.nonWorkingDays.size).toBe(28)
  })

  test.each([
    {
      label: 'names the file and the field of a date that does not exist',
      content: { ...valid2026, nonWorkingDays: ['2026-01-01', '2026-01-02', '2026-01-03', '2026-02-30'] },
      message: 'ru-2026.json: nonWorkingDays.3: Invalid date',
    },
    {
      label: 'refuses a date from another year',
      content: { ...valid2026, nonWorkingDays: ['2025-12-31'] },
      message: 'ru-2026.json: nonWorkingDays.0: Not in 2026',
    },
    {
      label: 'refuses a working weekend day that is a weekday',
      content: { ...valid2026, workingWeekendDays: ['2026-04-30'] },
      message: 'ru-2026.json: workingWeekendDays.0: 2026-04-30 is not a Saturday or Sunday',
    },
    {
      label: 'refuses a date listed twice',
      content: { ...valid2026, nonWorkingDays: ['2026-01-01', '2026-01-01'] },
      message: 'ru-2026.json: nonWorkingDays.1: 2026-01-01 is listed twice',
    },
    {
      label: 'refuses a missing field',
      content: { ...valid2026, source: undefined },
      message: 'ru-2026.json: source:',
    },
    {
      label: 'refuses a year that does not match the file name',
      content: { ...valid2026, year: 2027, nonWorkingDays: [] },
      message: 'ru-2026.json: country/year inside (ru 2027) do not match the file name',
    },
    { label: 'refuses a file that is not JSON', content: '{ "country": ', message: 'ru-2026.json: ' },
  ])('$label', ({ content, message }) => {
    const dir = dirWith({ 'ru-2026.json': content })
    expect(() => loadCalendars(dir, 'ru')).toThrow(message)
  })

  test('refuses a country without any calendar file', () => {
    const dir = dirWith({ 'ru-2026.json': valid2026 })
    expect(() => loadCalendars(dir, 'kz')).toThrow('No production calendar for "kz"')
  })

  test('ignores files of other countries', () => {
    const dir = dirWith({ 'ru-2026.json': valid2026, 'by-2026.json': { ...valid2026, country: 'by' } })
    expect([...loadCalendars(dir, 'ru').years.keys()]).toEqual([2026])
  })
})
