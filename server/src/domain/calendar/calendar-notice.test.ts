import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { loadCalendars } from '../../config/load-calendars'
import { buildCalendars } from './build-calendars'
import { calendarNotice, calendarStates } from './calendar-notice'

const shipped = loadCalendars(fileURLToPath(new URL('../../../calendars', import.meta.url)), 'ru')

describe('calendarNotice (X-7)', () => {
  test('nothing before 1 October', () => expect(calendarNotice({ today: '2026-09-30', calendars: shipped })).toBeNull())
  test('from 1 October, a provisional file for next year is told', () =>
    expect(calendarNotice({ today: '2026-10-01', calendars: shipped })).toEqual({ year: 2027, state: 'provisional' }))
  test('a missing file for next year is told', () =>
    expect(calendarNotice({ today: '2027-12-06', calendars: shipped })).toEqual({ year: 2028, state: 'missing' }))
  test('a final file for next year needs no word', () => expect(calendarNotice({ today: '2025-11-15', calendars: shipped })).toBeNull())
  test('each year is listed with its state and source', () => {
    expect(calendarStates(shipped).map(({ year, state }) => [year, state])).toEqual([
      [2025, 'final'],
      [2026, 'final'],
      [2027, 'provisional'],
    ])
    expect(calendarStates(buildCalendars('ru', []))).toEqual([])
  })
})
