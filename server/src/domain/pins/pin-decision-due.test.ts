import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'
import { loadCalendars } from '../../config/load-calendars'
import { pinDecisionDue } from './pin-decision-due'

const calendars = loadCalendars(fileURLToPath(new URL('../../../calendars', import.meta.url)), 'ru')

test.each([
  {
    label: 'on the 10th working day the decision is due, not yet overdue',
    requestedOn: '2026-11-02',
    today: '2026-11-17',
    dueOn: '2026-11-17',
    isOverdue: false,
  },
  { label: 'the day after it is overdue', requestedOn: '2026-11-02', today: '2026-11-18', dueOn: '2026-11-17', isOverdue: true },
  { label: '4 November is no working day: it is not counted (X-7)', requestedOn: '2026-11-03', today: '2026-11-18', dueOn: '2026-11-18', isOverdue: false },
  { label: 'the New Year holidays are not counted (X-7)', requestedOn: '2026-12-24', today: '2027-01-11', dueOn: '2027-01-18', isOverdue: false },
])('$label (AT-1.2a, AT-4.4)', ({ requestedOn, today, dueOn, isOverdue }) => {
  expect(pinDecisionDue({ requestedOn, today, workingDays: 10, calendars })).toEqual({ dueOn, isOverdue })
})

test('a bad request date is refused, not guessed (AT-1.2a)', () => {
  expect(() => pinDecisionDue({ requestedOn: '2026-02-30', today: '2026-03-01', workingDays: 10, calendars })).toThrow()
})
