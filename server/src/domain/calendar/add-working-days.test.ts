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
    { label: 'a year without a calendar uses weekends and art. 112: 12 June 2028', from: '2028-06-09', days: 1, date: '2028-06-13', isEstimated: true },
    { label: 'art. 112 fallback keeps all of 1–8 January, Christmas included', from: '2028-01-06', days: 1, date: '2028-01-10', isEstimated: true },
    { label: 'a year before the first calendar is estimated too', from: '2024-12-27', days: 1, date: '2024-12-30', isEstimated: true },
    {
      label: 'walking into a year without a calendar flags the result',
      from: '2027-12-30',
      days: 1,
      date: '2027-12-31',
      isEstimated: false,
      isProvisional: true,
    },
    { label: 'walking past the last calendar into 2028 flags it estimated', from: '2027-12-31', days: 1, date: '2028-01-10', isEstimated: true },
    {
      label: 'the provisional 2027 file skips 4 November and says it is provisional (X-7)',
      from: '2027-11-03',
      days: 1,
      date: '2027-11-05',
      isProvisional: true,
    },
    { label: 'art. 112 moves 1 May 2027, a Saturday, to Monday 3 May (X-7)', from: '2027-04-30', days: 1, date: '2027-05-04', isProvisional: true },
    { label: 'walking from 2026 into the provisional 2027 says so (X-7)', from: '2026-12-30', days: 1, date: '2027-01-11', isProvisional: true },
  ])('$label', ({ from, days, date, isEstimated = false, isProvisional = false }) => {
    expect(addWorkingDays({ from, days, calendars })).toEqual({ date, isEstimated, isProvisional })
  })

  test.each([
    { label: 'refuses a negative count', from: '2026-04-01', days: -1 },
    { label: 'refuses a fractional count', from: '2026-04-01', days: 1.5 },
    { label: 'refuses a date that does not exist', from: '2026-02-30', days: 1 },
  ])('$label', ({ from, days }) => {
    expect(() => addWorkingDays({ from, days, calendars })).toThrow(expect.objectContaining({ code: 'invalid_request' }))
  })
})
