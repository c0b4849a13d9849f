import { describe, expect, test } from 'vitest'
import { loadProgram } from '../../config/load-program'
import { isGranted, privilegesFor } from './privileges-for'
import { transferWorkingDays } from './transfer-working-days'

const agat = loadProgram('agat-rt')
const atrealt = loadProgram('atrealt')

describe('privileges (AG-PRIV)', () => {
  test.each([
    { label: 'vendor leads from Silver up, the table wins over section 4 (AG-PRIV, AG-4)', status: 'silver', privilege: 'vendorLeads', granted: true },
    { label: 'no vendor leads for an Authorized partner (AG-PRIV)', status: 'authorized', privilege: 'vendorLeads', granted: false },
    { label: 'deal protection after authorization (AG-4)', status: 'authorized', privilege: 'dealProtection', granted: true },
    { label: 'no deal protection without authorization (AG-4)', status: 'unauthorized', privilege: 'dealProtection', granted: false },
    { label: '"on request" is not granted by the relay (AG-PRIV)', status: 'silver', privilege: 'firstLineSupport', granted: false },
    { label: 'a credit line is Gold only (AG-PRIV)', status: 'regional_distributor', privilege: 'creditLine', granted: false },
  ])('$label', ({ status, privilege, granted }) => {
    expect(isGranted(agat, status, privilege)).toBe(granted)
  })

  test('lists the row of the status in the program order (AG-PRIV)', () => {
    const row = privilegesFor(agat, 'authorized')
    expect(row[0]).toEqual({ id: 'dedicatedManager', value: false })
    expect(row.find((p) => p.id === 'siteListing')?.value).toBe('on-request')
    expect(privilegesFor(atrealt, 'partner')).toEqual([])
  })

  test.each([
    { label: 'Gold gets the credit days on top of the term (AG-PRIV)', status: 'gold', days: 15 },
    { label: 'Silver has the plain term (AG-PRIV)', status: 'silver', days: 5 },
  ])('$label', ({ status, days }) => {
    expect(transferWorkingDays(agat, status)).toBe(days)
  })

  test('ATRealt keeps its three working days (AT-1.6)', () => {
    expect(transferWorkingDays(atrealt, 'partner')).toBe(3)
  })
})
