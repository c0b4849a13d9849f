import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { loadCalendars } from '../../config/load-calendars'
import { addWorkingDays } from './add-working-days'

const calendars = loadCalendars(fileURLToPath(new URL('../../../calendars', import.meta.url)), 'ru')

describe('addWorkingDays', () => {
  test.each([
    { label: 'zero days is the start date itself', from: '2026-05-01', days: 0, date: '2026-05-01', isEstimated: false },
    { label: 'one day after a Friday is Monday', from: '2026-04-17', days: 1, date: '2026-04-20', isEstimated: false },
    { label: 'skips 4 November 2026 (X-7)', from: '2026-11-03', days: 1, date: '2026-11-05', isEstimated: false },
    { label: '31 December 2026 is a day off by decree (X-7)', from: '2026-12-30', days: 0, date: '2026-12-30', isEstimated: false },
    { label: 'a year without a calendar uses weekends and art. 112: 4 November 2027', from: '2027-11-03', days: 1, date: '2027-11-05', isEstimated: true },
    { label: 'art. 112 fallback keeps all of 1–8 January, Christmas included', from: '2027-01-06', days: 1, date: '2027-01-11', isEstimated: true },
    { label: 'a year before the first calendar is estimated too', from: '2024-12-27', days: 1, date: '2024-12-30', isEstimated: true },
    { label: 'walking into a year without a calendar flags the result', from: '2026-12-30', days: 1, date: '2027-01-11', isEstimated: true },
  ])('$label', ({ from, days, date, isEstimated }) => {
    expect(addWorkingDays({ from, days, calendars })).toEqual({ date, isEstimated })
  })

  test.each([
    { label: 'refuses a negative count', from: '2026-04-01', days: -1 },
    { label: 'refuses a fractional count', from: '2026-04-01', days: 1.5 },
    { label: 'refuses a date that does not exist', from: '2026-02-30', days: 1 },
  ])('$label', ({ from, days }) => {
    expect(() => addWorkingDays({ from, days, calendars })).toThrow(expect.objectContaining({ code: 'invalid_request' }))
  })
})
