import { describe, expect, test } from 'vitest'
import { authorizationOf } from './authorization-of'

const rule = { minFirstPurchaseKop: 50_000_00n, minDiscountBps: 1000, firstPurchaseBasis: 'list' as const }
const purchase = (transferReceivedOn: string) => ({ id: 'a', listKop: 60_000_00n, rewardKop: 12_000_00n, payableKop: 48_000_00n, transferReceivedOn })
const signed = { authorizedOn: null, agreementSignedOn: '2026-04-10', state: 'active' }

describe('authorizationOf (AG-3.1)', () => {
  test('from the transfer when it came after the signing (AG-3.1)', () =>
    expect(authorizationOf({ partner: signed, invoices: [purchase('2026-05-04')], rule })?.authorizedOn).toBe('2026-05-04'))
  test('from the signing when the transfer came first (AG-3.1)', () =>
    expect(authorizationOf({ partner: signed, invoices: [purchase('2026-03-01')], rule })?.authorizedOn).toBe('2026-04-10'))
  test('not without a signed agreement (AG-3.1)', () =>
    expect(authorizationOf({ partner: { ...signed, agreementSignedOn: null }, invoices: [purchase('2026-05-04')], rule })).toBeNull())
  test('not without a qualifying purchase (AG-3.1)', () => expect(authorizationOf({ partner: signed, invoices: [], rule })).toBeNull())
  test('not twice, and never for an expelled partner (AG-3.1)', () => {
    expect(authorizationOf({ partner: { ...signed, authorizedOn: '2026-04-10' }, invoices: [purchase('2026-05-04')], rule })).toBeNull()
    expect(authorizationOf({ partner: { ...signed, state: 'expelled' }, invoices: [purchase('2026-05-04')], rule })).toBeNull()
  })
})
