import { describe, expect, test } from 'vitest'
import { buildCalendars } from '../calendar/build-calendars'
import { isOnTime, isTransferLate, transferStatus } from './transfer-status'

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

describe('whether an automatic overdue violation still holds under a deadline (AT-1.6, AT-4.1)', () => {
  test.each([
    { label: 'awaited, deadline today: not late', dueOn: '2026-12-09', receivedOn: null, today: '2026-12-09', late: false },
    { label: 'awaited, deadline passed: late', dueOn: '2026-12-08', receivedOn: null, today: '2026-12-09', late: true },
    { label: 'received on the deadline: not late', dueOn: '2026-12-08', receivedOn: '2026-12-08', today: '2026-12-20', late: false },
    { label: 'received after the deadline: late', dueOn: '2026-12-08', receivedOn: '2026-12-09', today: '2026-12-20', late: true },
  ])('$label', ({ dueOn, receivedOn, today, late }) => {
    expect(isTransferLate({ dueOn, receivedOn, today })).toBe(late)
  })
})
