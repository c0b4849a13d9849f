import { signAmocrmToken } from './sign-amocrm-token'
import { FIXED_NOW } from './start-test-relay'

export const PARTNER_AMOCRM = { crm: 'amocrm', account: '31234567', id: 'inst-partner', role: 'partner', partnerId: 'partner-1', domain: 'example' } as const
export const VENDOR_AMOCRM = { crm: 'amocrm', account: '40000001', id: 'inst-vendor', role: 'vendor', partnerId: null, domain: 'vendor' } as const

/** Headers of a partner's widget in amoCRM, with a token issued at the relay's fixed clock. */
export const partnerHeaders = async (extra: Record<string, string> = {}) => ({
  'X-Auth-Token': await signAmocrmToken({ issuedAt: FIXED_NOW }),
  ...extra,
})

export const jsonHeaders = (headers: Record<string, string>) => ({ ...headers, 'Content-Type': 'application/json' })
