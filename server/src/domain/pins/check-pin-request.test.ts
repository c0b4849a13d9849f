import { describe, expect, test } from 'vitest'
import { DomainError } from '../domain-error'
import { checkPinRequest, type PinCheckInput } from './check-pin-request'

const build = (
  overrides: {
    partner?: Partial<PinCheckInput['partner']>
    client?: Partial<PinCheckInput['client']>
    livePin?: PinCheckInput['livePin']
    enforceTerritory?: boolean
  } = {},
): PinCheckInput => ({
  partner: { id: 'p1', state: 'active', countries: ['RU'], extraCountries: [], ...overrides.partner },
  client: { accountNumber: '31000001', isDemo: false, country: 'RU', negotiationOpen: false, ...overrides.client },
  livePin: overrides.livePin ?? null,
  enforceTerritory: overrides.enforceTerritory ?? false,
  statusRule: 'AT-4.1',
})

const refusal = (input: PinCheckInput) => {
  try {
    checkPinRequest(input)
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, rule: error.rule, reason: (error.details as { reason?: string } | undefined)?.reason }
    throw error
  }
  return null
}

describe('checkPinRequest (AT-1.2)', () => {
  test.each([
    { label: 'a free account can be requested (AT-1.2)', input: build(), expected: 'new' },
    {
      label: "the partner's own live pin is answered again, not duplicated",
      input: build({ livePin: { partnerId: 'p1', state: 'requested' } }),
      expected: 'own',
    },
    { label: 'a restricted partner may still pin (AT-4.1 restricts the discount only)', input: build({ partner: { state: 'restricted' } }), expected: 'new' },
  ])('$label', ({ input, expected }) => {
    expect(checkPinRequest(input)).toBe(expected)
  })

  test.each([
    { label: 'refuses an expelled partner (AT-4.1)', input: build({ partner: { state: 'expelled' } }), code: 'partner_expelled', rule: 'AT-4.1' },
    {
      label: 'refuses a partner pending expulsion, even on its own live pin (AT-4.1)',
      input: build({ partner: { state: 'expulsion_pending' }, livePin: { partnerId: 'p1', state: 'approved' } }),
      code: 'partner_expulsion_pending',
      rule: 'AT-4.1',
    },
    { label: 'refuses a demo account (AT-3.2)', input: build({ client: { isDemo: true } }), code: 'demo_account', rule: 'AT-3.2' },
    {
      label: 'refuses a client outside the countries of residence (AG-1.3)',
      input: build({ client: { country: 'KZ' }, enforceTerritory: true }),
      code: 'outside_territory',
      rule: 'AG-1.3',
    },
    {
      label: 'refuses while the vendor negotiates directly (AT-1.2a)',
      input: build({ client: { negotiationOpen: true } }),
      code: 'pin_conflict',
      rule: 'AT-1.2a',
      reason: 'direct-negotiation',
    },
    {
      label: "refuses another partner's approved pin (AT-1.2a)",
      input: build({ livePin: { partnerId: 'p2', state: 'approved' } }),
      code: 'pin_conflict',
      rule: 'AT-1.2a',
      reason: 'pinned-to-other',
    },
    {
      label: "refuses another partner's waiting request (AT-1.2a)",
      input: build({ livePin: { partnerId: 'p2', state: 'requested' } }),
      code: 'pin_conflict',
      rule: 'AT-1.2a',
      reason: 'requested-by-other',
    },
  ])('$label', ({ input, code, rule, reason }) => {
    expect(refusal(input)).toEqual({ code, rule, reason })
  })

  test("a country the partner's agreement adds is inside its territory (AG-1.3)", () => {
    expect(checkPinRequest(build({ partner: { extraCountries: ['KZ'] }, client: { country: 'KZ' }, enforceTerritory: true }))).toBe('new')
  })

  test('territory is not checked when the program does not enforce it (ATRealt)', () => {
    expect(checkPinRequest(build({ client: { country: 'KZ' } }))).toBe('new')
  })
})
