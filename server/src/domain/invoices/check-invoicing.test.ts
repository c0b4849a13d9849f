import { describe, expect, test } from 'vitest'
import { loadProgram } from '../../config/load-program'
import { DomainError } from '../domain-error'
import { checkInvoicing, type InvoicingInput, mayInvoice } from './check-invoicing'

const atrealt = loadProgram('atrealt')
const agat = loadProgram('agat-rt')

const build = (overrides: Partial<Omit<InvoicingInput, 'partner'>> & { partner?: Partial<InvoicingInput['partner']> } = {}): InvoicingInput => ({
  program: overrides.program ?? atrealt,
  partner: {
    id: 'p1',
    state: 'active',
    status: overrides.program === agat ? 'unauthorized' : 'partner',
    countries: ['RU'],
    extraCountries: [],
    ...overrides.partner,
  },
  client: overrides.client === undefined ? { isDemo: false, country: 'RU', livePin: { partnerId: 'p1', state: 'approved' } } : overrides.client,
})

const refusal = (input: InvoicingInput) => {
  try {
    checkInvoicing(input)
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, rule: error.rule }
    throw error
  }
  return null
}

describe('checkInvoicing (AT-1.2, AG-3.1)', () => {
  test.each([
    { label: 'ATRealt: the own approved pin (AT-1.2)', input: build() },
    {
      label: 'Agat RT: a client without a registration, pins being deal protection (AG-3.1, AG-4)',
      input: build({ program: agat, client: { isDemo: false, country: 'RU', livePin: null } }),
    },
    { label: 'Agat RT: lines naming no client, a purchase for stock (AG-3.1)', input: build({ program: agat, client: null }) },
    { label: 'a restricted partner still invoices, at the base discount (AT-4.1)', input: build({ partner: { state: 'restricted' } }) },
    {
      label: 'Agat RT: a client in a country the agreement adds (AG-1.3)',
      input: build({ program: agat, partner: { extraCountries: ['KZ'] }, client: { isDemo: false, country: 'KZ', livePin: null } }),
    },
    {
      label: 'ATRealt: no territory in its Rules, a client abroad is invoiced',
      input: build({ client: { isDemo: false, country: 'KZ', livePin: { partnerId: 'p1', state: 'approved' } } }),
    },
  ])('$label', ({ input }) => {
    expect(refusal(input)).toBeNull()
    expect(mayInvoice(input)).toBe(true)
  })

  test.each([
    {
      label: 'refuses an expelled partner (AT-4.1)',
      input: build({ program: agat, partner: { state: 'expelled' }, client: { isDemo: false, country: 'RU', livePin: null } }),
      code: 'partner_expelled',
      rule: 'AT-4.1',
    },
    {
      label: 'refuses a Regional distributor an end customer (AG-REQ)',
      input: build({ program: agat, partner: { status: 'regional_distributor' }, client: { isDemo: false, country: 'RU', livePin: null } }),
      code: 'not_entitled',
      rule: 'AG-REQ',
    },
    {
      label: 'ATRealt: refuses a client without an approved pin (AT-1.2)',
      input: build({ client: { isDemo: false, country: 'RU', livePin: { partnerId: 'p1', state: 'requested' } } }),
      code: 'not_pinned',
      rule: 'AT-1.2',
    },
    { label: 'ATRealt: refuses lines naming no client (AT-1.2)', input: build({ client: null }), code: 'invalid_request', rule: 'AT-1.2' },
    {
      label: 'refuses a demo account (AT-3.2)',
      input: build({ client: { isDemo: true, country: 'RU', livePin: { partnerId: 'p1', state: 'approved' } } }),
      code: 'demo_account',
      rule: 'AT-3.2',
    },
    {
      label: 'Agat RT: refuses a client outside the countries of residence (AG-1.3)',
      input: build({ program: agat, client: { isDemo: false, country: 'KZ', livePin: null } }),
      code: 'outside_territory',
      rule: 'AG-1.3',
    },
    {
      label: "Agat RT: refuses another partner's registered client (AT-1.2a)",
      input: build({ program: agat, client: { isDemo: false, country: 'RU', livePin: { partnerId: 'p2', state: 'requested' } } }),
      code: 'pin_conflict',
      rule: 'AT-1.2a',
    },
  ])('$label', ({ input, code, rule }) => {
    expect(refusal(input)).toEqual({ code, rule })
    expect(mayInvoice(input)).toBe(false)
  })
})
