import { describe, expect, test } from 'vitest'
import { loadProgram } from '../../config/load-program'
import { downgradeStatus } from './downgrade-status'

const agat = loadProgram('agat-rt')
const atrealt = loadProgram('atrealt')

describe('downgradeStatus', () => {
  test.each([
    { label: 'Gold goes down to Silver (AG-1.5)', from: 'gold', to: 'silver' },
    { label: 'Silver goes down to Authorized (AG-1.5)', from: 'silver', to: 'authorized' },
    { label: 'Authorized loses its authorization (AG-1.5)', from: 'authorized', to: 'unauthorized' },
    { label: 'Regional distributor goes down to Gold (AG-1.5)', from: 'regional_distributor', to: 'gold' },
    { label: 'Project partner goes down to Gold (AG-1.5)', from: 'project_partner', to: 'gold' },
    { label: 'a partner without authorization stays where it is', from: 'unauthorized', to: 'unauthorized' },
  ])('$label', ({ from, to }) => {
    expect(downgradeStatus(agat, from)).toBe(to)
  })

  test('ATRealt partners keep their status (AT-4.1 restricts the discount instead)', () => {
    expect(downgradeStatus(atrealt, 'partner')).toBe('partner')
  })

  test('refuses an unknown status', () => {
    expect(() => downgradeStatus(agat, 'platinum')).toThrow(expect.objectContaining({ code: 'invalid_request' }))
  })
})
