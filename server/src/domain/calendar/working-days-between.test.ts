import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { loadCalendars } from '../../config/load-calendars'
import { workingDaysBetween } from './working-days-between'

const calendars = loadCalendars(fileURLToPath(new URL('../../../calendars', import.meta.url)), 'ru')

describe('workingDaysBetween', () => {
  test.each([
    { label: 'two working days left before a Wednesday deadline', from: '2026-04-27', to: '2026-04-29', days: 2 },
    { label: 'the deadline day itself leaves 0', from: '2026-04-29', to: '2026-04-29', days: 0 },
    { label: 'holidays in between do not count (X-7)', from: '2026-04-30', to: '2026-05-06', days: 3 },
    { label: 'one working day past the deadline is -1', from: '2026-04-30', to: '2026-04-29', days: -1 },
    { label: 'past the deadline over holidays only is still 0', from: '2026-05-03', to: '2026-04-30', days: 0 },
    { label: 'five working days past a deadline before the May holidays', from: '2026-05-08', to: '2026-04-30', days: -5 },
  ])('$label', ({ from, to, days }) => {
    expect(workingDaysBetween({ from, to, calendars })).toBe(days)
  })
})
