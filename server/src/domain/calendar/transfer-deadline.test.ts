import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { loadCalendars } from '../../config/load-calendars'
import { transferDeadline } from './transfer-deadline'

const calendars = loadCalendars(fileURLToPath(new URL('../../../calendars', import.meta.url)), 'ru')

describe('transferDeadline', () => {
  test.each([
    { label: 'plain week: three working days after a Wednesday (AT-1.6)', paidOn: '2026-04-15', deadline: '2026-04-20' },
    { label: 'Friday payment: the weekend is not counted (AT-1.6)', paidOn: '2026-04-24', deadline: '2026-04-29' },
    { label: 'Saturday payment: counting starts on Monday (AT-1.6)', paidOn: '2026-04-25', deadline: '2026-04-29' },
    { label: 'deadline skips the May holidays (AT-1.6)', paidOn: '2026-04-30', deadline: '2026-05-06' },
    { label: 'deadline skips the Victory Day break (AT-1.6)', paidOn: '2026-05-07', deadline: '2026-05-13' },
    { label: 'deadline skips the Defender of the Fatherland Day break (AT-1.6)', paidOn: '2026-02-20', deadline: '2026-02-26' },
    { label: 'deadline skips the New Year holidays across 2025→2026 (AT-1.6)', paidOn: '2025-12-30', deadline: '2026-01-14' },
    { label: 'payment on a holiday: counting starts after the holidays (AT-1.6)', paidOn: '2026-01-03', deadline: '2026-01-14' },
    { label: 'the working Saturday 1 Nov 2025 counts (AT-1.6, X-7)', paidOn: '2025-10-30', deadline: '2025-11-05' },
    { label: 'a transferred Friday off is skipped: 2 May 2025 (X-7)', paidOn: '2025-04-30', deadline: '2025-05-07' },
  ])('$label', ({ paidOn, deadline }) => {
    expect(transferDeadline({ paidOn, workingDays: 3, calendars })).toEqual({ date: deadline, isEstimated: false, isProvisional: false })
  })

  test('deadline running into 2027 is counted on its provisional file and flagged so (X-7)', () => {
    expect(transferDeadline({ paidOn: '2026-12-29', workingDays: 3, calendars })).toEqual({
      date: '2027-01-12',
      isEstimated: false,
      isProvisional: true,
    })
  })

  test('deadline running past the last file falls back to art. 112 and is flagged estimated (X-7)', () => {
    expect(transferDeadline({ paidOn: '2027-12-29', workingDays: 3, calendars })).toMatchObject({ date: '2028-01-10', isEstimated: true })
  })

  test('the working-day count comes from the caller, i.e. the program file (AT-1.6)', () => {
    expect(transferDeadline({ paidOn: '2026-04-24', workingDays: 5, calendars }).date).toBe('2026-05-04')
  })
})
