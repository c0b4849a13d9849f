import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import type { TPartnerState } from '../../../../shared/src/contract'
import { loadCalendars } from '../../config/load-calendars'
import { loadProgram } from '../../config/load-program'
import { paymentDeadline } from './payment-deadline'

const calendars = loadCalendars(fileURLToPath(new URL('../../../calendars', import.meta.url)), 'ru')
const atrealt = loadProgram('atrealt')
const agat = loadProgram('agat-rt')

const partner = (status: string, state: TPartnerState = 'active') => ({ status, state, currentDiscountBps: null })

describe('paymentDeadline', () => {
  test.each([
    { label: 'deadline skips the May holidays (AT-1.6)', program: atrealt, status: atrealt.defaultStatus, paidOn: '2026-04-30', date: '2026-05-06' },
    { label: 'three working days after a Wednesday (AT-1.6)', program: atrealt, status: atrealt.defaultStatus, paidOn: '2026-04-15', date: '2026-04-20' },
    { label: 'five working days without a credit line (AG-PRIV)', program: agat, status: 'silver', paidOn: '2026-04-15', date: '2026-04-22' },
    { label: 'a Gold credit line adds ten working days (AG-PRIV)', program: agat, status: 'gold', paidOn: '2026-04-15', date: '2026-05-07' },
  ])('$label', ({ program, status, paidOn, date }) => {
    expect(paymentDeadline({ program, calendars, partner: partner(status), paidOn })).toEqual({ date, isEstimated: false, isProvisional: false })
  })

  test('a Gold partner downgraded for a violation loses the credit days (AG-1.5, AG-PRIV)', () => {
    const downgraded = paymentDeadline({ program: agat, calendars, partner: partner('gold', 'restricted'), paidOn: '2026-04-15' })
    expect(downgraded).toEqual(paymentDeadline({ program: agat, calendars, partner: partner(agat.downgrade.gold ?? 'gold'), paidOn: '2026-04-15' }))
    expect(downgraded.date < '2026-05-07').toBe(true)
  })

  test('a deadline running into a year with no calendar file is flagged estimated (X-7)', () => {
    expect(paymentDeadline({ program: atrealt, calendars, partner: partner(atrealt.defaultStatus), paidOn: '2027-12-29' }).isEstimated).toBe(true)
  })

  test('a deadline running into provisional 2027 is flagged provisional, not estimated (X-7)', () => {
    expect(paymentDeadline({ program: atrealt, calendars, partner: partner(atrealt.defaultStatus), paidOn: '2026-12-29' })).toMatchObject({
      isEstimated: false,
      isProvisional: true,
    })
  })
})
