import { describe, expect, test } from 'vitest'
import { loadProgram } from '../../config/load-program'
import { changeApplies } from './change-applies'
import { statusValidUntil } from './status-valid-until'

const agat = loadProgram('agat-rt')

describe('changeApplies', () => {
  test.each([
    {
      label: 'an approved Silver application lifts an Authorized partner (AG-3.3a)',
      source: 'application',
      current: 'authorized',
      to: 'silver',
      applies: true,
    },
    { label: 'it never lowers a partner made Gold in the meantime (AG-3.3a)', source: 'application', current: 'gold', to: 'silver', applies: false },
    { label: 'a confirmed review downgrade applies (AG-3.3b)', source: 'review', current: 'gold', to: 'silver', applies: true },
    { label: 'a staff decision applies as decided', source: 'staff', current: 'silver', to: 'authorized', applies: true },
  ])('$label', ({ source, current, to, applies }) => {
    expect(changeApplies({ program: agat, source, currentStatus: current, toStatus: to })).toBe(applies)
  })
})

describe('statusValidUntil', () => {
  test.each([
    { label: 'Silver from 1 July runs to 31 December (AG-3.3a)', status: 'silver', effectiveOn: '2026-07-01', until: '2026-12-31' },
    { label: 'Gold runs until the next list (AG-3.3b)', status: 'gold', effectiveOn: '2026-07-30', until: null },
  ])('$label', ({ status, effectiveOn, until }) => {
    expect(statusValidUntil({ program: agat, status, effectiveOn })).toBe(until)
  })
})
