import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { loadCalendars } from '../../config/load-calendars'
import { transferReminder } from './transfer-reminder'
import { urgentTransfer } from './urgent-transfer'

const calendars = loadCalendars(fileURLToPath(new URL('../../../calendars', import.meta.url)), 'ru')

describe('transferReminder: what a partner is told on a day about a transfer awaited (AT-1.6, X-7)', () => {
  test.each([
    { label: 'plain week: two working days before a Wednesday deadline, nothing yet', today: '2026-04-13', dueOn: '2026-04-15', kind: null },
    { label: 'plain week: the working day before, due soon', today: '2026-04-14', dueOn: '2026-04-15', kind: 'transfer.dueSoon' },
    { label: 'plain week: on the deadline, due today', today: '2026-04-15', dueOn: '2026-04-15', kind: 'transfer.dueToday' },
    { label: 'plain week: the day after, overdue', today: '2026-04-16', dueOn: '2026-04-15', kind: 'transfer.overdue' },
    { label: 'Monday deadline: the Friday before is the working day before', today: '2026-04-17', dueOn: '2026-04-20', kind: 'transfer.dueSoon' },
    { label: 'Monday deadline: nothing is said on the weekend between', today: '2026-04-18', dueOn: '2026-04-20', kind: null },
    { label: 'Monday deadline: the Thursday before is two working days early', today: '2026-04-16', dueOn: '2026-04-20', kind: null },
    {
      label: 'across the New Year holidays: 30 Dec 2025 is the working day before 12 Jan 2026',
      today: '2025-12-30',
      dueOn: '2026-01-12',
      kind: 'transfer.dueSoon',
    },
    { label: 'across the New Year holidays: nothing on a holiday', today: '2026-01-05', dueOn: '2026-01-12', kind: null },
    { label: 'the working Saturday 1 Nov 2025 is the working day before 5 Nov', today: '2025-11-01', dueOn: '2025-11-05', kind: 'transfer.dueSoon' },
    { label: 'the Friday before that working Saturday is two working days early', today: '2025-10-31', dueOn: '2025-11-05', kind: null },
    { label: 'overdue is said on any day, a Sunday too', today: '2026-04-19', dueOn: '2026-04-17', kind: 'transfer.overdue' },
  ])('$label', ({ today, dueOn, kind }) => {
    expect(transferReminder({ today, dueOn, leadWorkingDays: 1, calendars })).toBe(kind)
  })

  test('the lead time is the program’s: with 3 working days the Wednesday before a Monday deadline is told, across the weekend', () => {
    expect(transferReminder({ today: '2026-04-15', dueOn: '2026-04-20', leadWorkingDays: 3, calendars })).toBe('transfer.dueSoon')
    expect(transferReminder({ today: '2026-04-14', dueOn: '2026-04-20', leadWorkingDays: 3, calendars })).toBe(null)
  })

  test('a bad date is refused (X-7)', () => {
    expect(() => transferReminder({ today: '2026-02-30', dueOn: '2026-04-20', leadWorkingDays: 1, calendars })).toThrow()
  })
})

describe('urgentTransfer: the line a client card says (AT-1.6)', () => {
  const awaited = [
    { invoiceNumber: '2026-000003', payableKop: 100n, dueOn: '2026-04-29' },
    { invoiceNumber: '2026-000002', payableKop: 1_782_000n, dueOn: '2026-04-20' },
  ]
  test('the soonest deadline, said as the reminders say it on the day', () => {
    expect(urgentTransfer({ awaited, today: '2026-04-17', leadWorkingDays: 1, calendars })).toEqual({ ...awaited[1], kind: 'transfer.dueSoon' })
    expect(urgentTransfer({ awaited, today: '2026-04-13', leadWorkingDays: 1, calendars })?.kind).toBe('transfer.due')
    expect(urgentTransfer({ awaited, today: '2026-04-21', leadWorkingDays: 1, calendars })?.kind).toBe('transfer.overdue')
  })
  test('nothing awaited, no line', () => {
    expect(urgentTransfer({ awaited: [], today: '2026-04-17', leadWorkingDays: 1, calendars })).toBeNull()
  })
})
