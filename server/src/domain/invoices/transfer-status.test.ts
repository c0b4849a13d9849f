import { describe, expect, test } from 'vitest'
import { buildCalendars } from '../calendar/build-calendars'
import { isOnTime, transferStatus } from './transfer-status'

const calendars = buildCalendars('ru', [
  { country: 'ru', year: 2026, source: 'test', nonWorkingDays: ['2026-05-01', '2026-05-04', '2026-05-09', '2026-05-11'], workingWeekendDays: [] },
])
const open = (transferDueOn: string) => ({ state: 'issued', transferDueOn, transferReceivedOn: null })

describe('transfer status (AT-1.6)', () => {
  test.each([
    { label: 'two working days left across the May holidays', today: '2026-04-30', due: '2026-05-06', left: 2, overdue: false },
    { label: 'due today is not yet overdue', today: '2026-05-06', due: '2026-05-06', left: 0, overdue: false },
    { label: 'the day after the deadline is overdue', today: '2026-05-07', due: '2026-05-06', left: -1, overdue: true },
    { label: 'a holiday right after the deadline is already overdue, not due today', today: '2026-05-01', due: '2026-04-30', left: -1, overdue: true },
  ])('$label', ({ today, due, left, overdue }) => {
    expect(transferStatus({ invoice: open(due), today, calendars })).toEqual({ workingDaysLeft: left, isOverdue: overdue })
  })

  test('a settled invoice is never overdue', () => {
    const invoice = { state: 'settled', transferDueOn: '2026-05-06', transferReceivedOn: '2026-05-08' }
    expect(transferStatus({ invoice, today: '2026-06-01', calendars })).toEqual({ workingDaysLeft: null, isOverdue: false })
  })

  test.each([
    { receivedOn: '2026-05-06', dueOn: '2026-05-06', onTime: true },
    { receivedOn: '2026-05-07', dueOn: '2026-05-06', onTime: false },
    { receivedOn: '2026-05-07', dueOn: null, onTime: null },
  ])('received $receivedOn, due $dueOn → on time $onTime', ({ receivedOn, dueOn, onTime }) => {
    expect(isOnTime({ receivedOn, dueOn })).toBe(onTime)
  })
})
