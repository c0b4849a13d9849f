import { describe, expect, test } from 'vitest'
import { loadProgram } from '../../config/load-program'
import { assertSellsToEndCustomers } from './assert-sells-to-end-customers'
import { checkNetworkMember } from './check-network-member'

const distributor = { id: 'd', isAuthorized: true, parentPartnerId: null }
const dealer = { id: 'm', isAuthorized: false, parentPartnerId: null }

describe('distributor network (AG-REQ)', () => {
  test('a partner without authorization joins (AG-REQ)', () => {
    expect(() => checkNetworkMember({ member: dealer, parent: distributor })).not.toThrow()
  })

  test.each([
    {
      label: 'an authorized partner does not count and cannot join (AG-REQ)',
      member: { ...dealer, isAuthorized: true },
      parent: distributor,
      reason: 'member-authorized',
    },
    { label: 'a partner cannot join itself (AG-REQ)', member: { ...distributor, isAuthorized: false }, parent: distributor, reason: 'self' },
    { label: 'the network is one level deep (AG-REQ)', member: dealer, parent: { ...distributor, parentPartnerId: 'x' }, reason: 'parent-is-member' },
  ])('$label', ({ member, parent, reason }) => {
    expect(() => checkNetworkMember({ member, parent })).toThrow(expect.objectContaining({ code: 'invalid_state', rule: 'AG-REQ', details: { reason } }))
  })

  test('a Regional distributor works with no end customer; Gold does (AG-REQ)', () => {
    const agat = loadProgram('agat-rt')
    expect(() => assertSellsToEndCustomers(agat, 'regional_distributor')).toThrow(expect.objectContaining({ code: 'not_entitled', rule: 'AG-REQ' }))
    expect(() => assertSellsToEndCustomers(agat, 'gold')).not.toThrow()
    expect(() => assertSellsToEndCustomers(loadProgram('atrealt'), 'partner')).not.toThrow()
  })
})
