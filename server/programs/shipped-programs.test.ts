import { describe, expect, test } from 'vitest'
import { loadProgram } from '../src/config/load-program'

const atrealt = loadProgram('atrealt')
const agat = loadProgram('agat-rt')

describe('ATRealt program file', () => {
  test('prices exactly the three in-scope applications, monthly and VAT-exempt (AT-0, AT-3.3)', () => {
    expect(atrealt.products.map((p) => [p.sku, p.pricing, p.vatBps])).toEqual([
      ['atrealt-amocrm', 'monthly', null],
      ['atrealt-bitrix24', 'monthly', null],
      ['atrealt-crm', 'monthly', null],
    ])
  })

  test('sets the policies of the rules', () => {
    expect({
      baseDiscountBps: atrealt.baseDiscountBps,
      statuses: atrealt.statuses.map((s) => s.id),
      requiresPin: atrealt.requiresPin,
      pinApproval: atrealt.pinApproval,
      transfer: atrealt.transfer,
      months: atrealt.months,
      violations: atrealt.violations,
      territory: atrealt.territory,
    }).toEqual({
      baseDiscountBps: 2000, // AT-5.2
      statuses: ['partner'],
      requiresPin: true, // AT-1.2
      pinApproval: 'manual', // AT-4.4
      transfer: { workingDays: 3 }, // AT-1.6
      months: { min: 1, max: 36 }, // AT-5.3
      violations: { overdueRule: 'AT-1.6', first: 'base-discount', second: 'expulsion-pending', autoExpel: false, statusRule: 'AT-4.1', repeatCountsAfter: 'notice' }, // AT-4.1
      territory: { enforce: false },
    })
  })
})

describe('Agat RT program file', () => {
  test('lists the statuses lowest first and the product categories', () => {
    expect([...agat.statuses].sort((a, b) => a.rank - b.rank).map((s) => s.id)).toEqual([
      'unauthorized', 'authorized', 'silver', 'gold', 'regional_distributor', 'project_partner',
    ])
    expect(agat.categories.map((c) => [c.id, c.countsTowardVolume])).toEqual([
      ['agat-ux', true], ['agat-cu', true], ['sprut-inform', true], ['sprut', true],
      ['hw-modules', true], ['olkha', true], ['impl-services', false], ['joint-support', false],
    ])
  })

  // Columns: unauthorized, authorized, silver, gold, regional_distributor, project_partner.
  test.each([
    { category: 'agat-ux', row: [1500, 2000, 2500, 3000, 3500, 'project'] },
    { category: 'agat-cu', row: [1500, 2000, 2500, 3000, 3500, 'project'] },
    { category: 'sprut-inform', row: [1500, 2000, 2500, 3000, 3500, 'project'] },
    { category: 'sprut', row: [1500, 2000, 2500, 3000, 3500, 'project'] },
    { category: 'hw-modules', row: [1000, 1000, 1000, 1000, 1500, 'project'] },
    { category: 'olkha', row: [1500, 1500, 2000, 2000, 3000, 'project'] },
    { category: 'impl-services', row: [1000, 1000, 1000, 1000, 1000, 'project'] },
    { category: 'joint-support', row: [null, null, 1000, 2000, 3000, 5000] },
  ])('AG-DISC row $category matches the program', ({ category, row }) => {
    expect(agat.statuses.map((s) => agat.discounts[s.id][category])).toEqual(row)
  })

  test('has a sample product in every category', () => {
    const categories = new Set(agat.products.map((p) => p.category))
    expect(agat.categories.filter((c) => !categories.has(c.id))).toEqual([])
  })

  test('carries the authorization, review and volume numbers (AG-3.1, AG-3.3b, AG-REQ)', () => {
    expect(agat.authorization).toEqual({ status: 'authorized', minFirstPurchaseKop: 5_000_000n, minDiscountBps: 1000, firstPurchaseBasis: 'payable', certificateValidUntil: '01-31' })
    expect(agat.statusReview?.halfYearPublicationDates).toEqual(['01-30', '07-30'])
    expect(agat.dealProtection).toEqual({ validityDays: 90, projectRegistrationFrom: 'gold' })
    expect(agat.requirements?.gold.halfYearVolumeKop).toBe(700_000_000n)
    expect(agat.requirements?.regional_distributor.halfYearVolumeKop).toBe(1_500_000_000n)
    expect(agat.requirements?.project_partner.halfYearVolumeKop).toBe(4_000_000_000n)
    expect(agat.requirements?.regional_distributor.networkSize).toBe(30)
  })

  test('sets who is reviewed, who applies and the credit days (AG-3.3a, AG-3.3b, AG-PRIV)', () => {
    expect(agat.statusReview?.statuses).toEqual(['gold', 'regional_distributor', 'project_partner'])
    expect(agat.statusReview?.volumeBasis).toBe('payable')
    expect(agat.statusApplication?.statuses).toEqual(['silver'])
    expect(agat.transfer).toEqual({ workingDays: 5, creditExtraWorkingDays: 10 })
  })

  test('credit line is a Gold privilege only (AG-PRIV)', () => {
    const withCredit = Object.entries(agat.privileges ?? {}).filter(([, p]) => p.creditLine === true)
    expect(withCredit.map(([status]) => status)).toEqual(['gold'])
  })

  test('sets the policies of the rules', () => {
    expect({
      requiresPin: agat.requiresPin,
      territory: agat.territory,
      violations: agat.violations,
      defaultStatus: agat.defaultStatus,
    }).toEqual({
      requiresPin: false,
      territory: { enforce: true }, // AG-1.3
      violations: { overdueRule: 'AG-1.5', first: 'downgrade', second: 'expulsion-pending', autoExpel: false, statusRule: 'AG-1.5', repeatCountsAfter: 'notice' }, // AG-1.5
      defaultStatus: 'unauthorized',
    })
  })
})
