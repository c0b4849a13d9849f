import { describe, expect, test } from 'vitest'
import { loadProgram } from '../../config/load-program'
import { discountFor } from './discount-for'

const atrealt = loadProgram('atrealt')
const agat = loadProgram('agat-rt')

describe('discountFor — ATRealt', () => {
  test.each([
    { label: 'base discount is 20% on every application (AT-5.2)', category: 'app-crm', current: undefined, isRestricted: false, bps: 2000 },
    { label: 'a higher current discount applies (AT-5.2)', category: 'app-amocrm', current: 2500, isRestricted: false, bps: 2500 },
    { label: 'a current discount below base does not lower it (AT-5.2)', category: 'app-bitrix24', current: 1500, isRestricted: false, bps: 2000 },
    { label: 'restricted partner falls back to the base discount (AT-4.1)', category: 'app-amocrm', current: 2500, isRestricted: true, bps: 2000 },
  ])('$label', ({ category, current, isRestricted, bps }) => {
    expect(discountFor({ program: atrealt, status: 'partner', category, currentDiscountBps: current, isRestricted })).toEqual({ discountBps: bps })
  })
})

describe('discountFor — Agat RT', () => {
  test.each([
    { label: 'Authorized, IP-PBX Agat UX: 20% (AG-DISC)', status: 'authorized', category: 'agat-ux', bps: 2000 },
    { label: 'Silver, Olkha boards: 20% (AG-DISC)', status: 'silver', category: 'olkha', bps: 2000 },
    { label: 'Gold, Sprut: 30% (AG-DISC)', status: 'gold', category: 'sprut', bps: 3000 },
    { label: 'Regional distributor, hardware modules: 15% (AG-DISC)', status: 'regional_distributor', category: 'hw-modules', bps: 1500 },
    { label: 'Regional distributor, implementation services: 10% (AG-DISC)', status: 'regional_distributor', category: 'impl-services', bps: 1000 },
    { label: 'Silver, joint support: 10% (AG-DISC)', status: 'silver', category: 'joint-support', bps: 1000 },
    { label: 'Project partner, joint support: 50% (AG-DISC reading)', status: 'project_partner', category: 'joint-support', bps: 5000 },
    { label: 'unauthorized, Sprut-Inform: 15% (AG-DISC reading)', status: 'unauthorized', category: 'sprut-inform', bps: 1500 },
    { label: 'unauthorized, hardware modules: 10% (AG-DISC reading)', status: 'unauthorized', category: 'hw-modules', bps: 1000 },
  ])('$label', ({ status, category, bps }) => {
    expect(discountFor({ program: agat, status, category, isRestricted: false })).toEqual({ discountBps: bps })
  })

  test.each([
    { label: 'joint support is not sold to Authorized partners (AG-DISC)', status: 'authorized' },
    { label: 'joint support is not sold to partners without authorization (AG-DISC)', status: 'unauthorized' },
  ])('$label', ({ status }) => {
    expect(() => discountFor({ program: agat, status, category: 'joint-support', isRestricted: false })).toThrow(
      expect.objectContaining({ code: 'product_not_available', rule: 'AG-DISC' }),
    )
  })

  test('a project cell without a registered project discount is refused (AG-DISC)', () => {
    expect(() => discountFor({ program: agat, status: 'project_partner', category: 'agat-cu', isRestricted: false })).toThrow(
      expect.objectContaining({ code: 'project_discount_missing', rule: 'AG-DISC' }),
    )
  })

  test('a project cell takes the discount registered on the project (AG-DISC)', () => {
    expect(discountFor({ program: agat, status: 'project_partner', category: 'agat-cu', isRestricted: false, projectDiscountBps: 4200 })).toEqual({
      discountBps: 4200,
    })
  })
})

describe('discountFor — bad input', () => {
  test.each([
    { label: 'an unknown status', status: 'platinum', category: 'agat-ux', current: undefined },
    { label: 'an unknown category', status: 'gold', category: 'pbx', current: undefined },
    { label: 'a current discount above 100%', status: 'gold', category: 'agat-ux', current: 10_001 },
  ])('refuses $label', ({ status, category, current }) => {
    expect(() => discountFor({ program: agat, status, category, currentDiscountBps: current, isRestricted: false })).toThrow(
      expect.objectContaining({ code: 'invalid_request' }),
    )
  })
})
