import { UnsecuredJWT } from 'jose'
import { afterEach, describe, expect, test } from 'vitest'
import { PARTNER_AMOCRM, VENDOR_AMOCRM } from '../test-support/fixtures'
import { AMOCRM_CONFIG, signAmocrmToken } from '../test-support/sign-amocrm-token'
import { FIXED_NOW, startTestRelay, type TestRelay } from '../test-support/start-test-relay'

let relay: TestRelay
afterEach(() => relay?.close())

const secondsBefore = (seconds: number) => new Date(FIXED_NOW.getTime() - seconds * 1000)
const getMe = (token: string) => fetch(`${relay.url}/v1/me`, { headers: { 'X-Auth-Token': token } })

describe('amoCRM disposable token', () => {
  test('a token as amoCRM signs it identifies the account, the user and the linked partner', async () => {
    relay = await startTestRelay({ installations: [PARTNER_AMOCRM] })
    const response = await getMe(await signAmocrmToken({ issuedAt: FIXED_NOW }))
    expect(response.status).toBe(200)
    expect((await response.json()).actor).toEqual({
      kind: 'partner',
      crm: 'amocrm',
      account: '31234567',
      userId: '8765432',
      installationId: 'inst-partner',
      partnerId: 'partner-1',
    })
  })

  test.each([
    { label: 'expired 30 s ago, within the 60 s leeway', issuedAgo: 1830 },
    { label: 'issued 30 s in the future, within the leeway', issuedAgo: -30 },
    { label: 'account and user ids sent as strings', issuedAgo: 0, claims: { account_id: '31234567' as unknown as number } },
  ])('accepts a token $label', async ({ issuedAgo, claims }) => {
    relay = await startTestRelay({ installations: [PARTNER_AMOCRM] })
    const response = await getMe(await signAmocrmToken({ issuedAt: secondsBefore(issuedAgo), claims }))
    expect(response.status).toBe(200)
  })

  test.each([
    { label: 'a forged signature', sign: { secret: 'not-the-client-secret' }, message: 'signature' },
    { label: 'another audience', sign: { claims: { aud: 'https://other.example.com' } }, message: 'aud' },
    { label: 'another integration', sign: { claims: { client_uuid: '00000000-0000-0000-0000-000000000000' } }, message: 'client_uuid' },
    { label: 'expired beyond the leeway', sign: { issuedAt: secondsBefore(1800 + 61) }, message: 'expired' },
    { label: 'not valid yet beyond the leeway', sign: { issuedAt: secondsBefore(-61) }, message: 'not valid yet' },
    { label: 'no expiry', sign: { expiresInSeconds: null }, message: 'exp' },
    { label: 'no account id', sign: { claims: { account_id: undefined } }, message: 'account_id' },
  ])('refuses $label with 401', async ({ sign, message }) => {
    relay = await startTestRelay({ installations: [PARTNER_AMOCRM] })
    const response = await getMe(await signAmocrmToken({ issuedAt: FIXED_NOW, ...sign }))
    expect(response.status).toBe(401)
    const { error } = await response.json()
    expect(error.code).toBe('unauthenticated')
    expect(error.message).toContain(message)
  })

  test.each([
    {
      label: 'an unsigned token (alg none)',
      token: () =>
        new UnsecuredJWT({ account_id: 31234567, client_uuid: AMOCRM_CONFIG.clientId })
          .setAudience(new URL(AMOCRM_CONFIG.redirectUri).origin)
          .setExpirationTime(Math.floor(FIXED_NOW.getTime() / 1000) + 600)
          .encode(),
    },
    { label: 'a token that is not a JWT', token: () => 'hello' },
    { label: 'a JWT with a broken payload', token: () => 'eyJhbGciOiJIUzI1NiJ9.bm90IGpzb24.c2ln' },
  ])('refuses $label with 401, never 500', async ({ token }) => {
    relay = await startTestRelay({ installations: [PARTNER_AMOCRM] })
    const response = await getMe(token())
    expect(response.status).toBe(401)
    expect((await response.json()).error.code).toBe('unauthenticated')
  })

  test('a relay without amoCRM settings says which are missing', async () => {
    relay = await startTestRelay({ installations: [PARTNER_AMOCRM], config: { amocrm: undefined } })
    const response = await getMe(await signAmocrmToken({ issuedAt: FIXED_NOW }))
    expect(response.status).toBe(401)
    expect((await response.json()).error.message).toContain('AMOCRM_CLIENT_SECRET')
  })
})

describe('identity and linking', () => {
  test('a request without identity headers is 401', async () => {
    relay = await startTestRelay()
    const response = await fetch(`${relay.url}/v1/me`)
    expect(response.status).toBe(401)
    expect((await response.json()).error.code).toBe('unauthenticated')
  })

  test('an account that is not linked is told to enter a link code', async () => {
    relay = await startTestRelay()
    const response = await getMe(await signAmocrmToken({ issuedAt: FIXED_NOW }))
    expect(response.status).toBe(403)
    expect(await response.json()).toEqual({
      error: { code: 'forbidden', message: 'This CRM account is not linked to the relay yet: enter a link code in the widget settings' },
    })
  })

  test.each([
    { label: 'an unlinked account', installations: [] },
    { label: 'an already linked account', installations: [PARTNER_AMOCRM] },
  ])('linking is open to $label, as an unlinked actor', async ({ installations }) => {
    relay = await startTestRelay({ installations })
    const response = await fetch(`${relay.url}/v1/installations`, {
      method: 'POST',
      headers: { 'X-Auth-Token': await signAmocrmToken({ issuedAt: FIXED_NOW }), 'Content-Type': 'application/json' },
      body: JSON.stringify({ code: 'LINK-7F3A' }),
    })
    expect(response.status).toBe(201)
    expect((await response.json()).actor).toEqual({ kind: 'unlinked', crm: 'amocrm', account: '31234567', domain: 'example', userId: '8765432' })
  })

  test.each([
    { label: 'a vendor installation may not quote as a partner', account: 40000001, path: '/v1/quotes', method: 'POST', status: 403 },
    { label: 'a partner installation may not list all partners', account: 31234567, path: '/v1/partners', method: 'GET', status: 403 },
    { label: 'vendor staff may list all partners', account: 40000001, path: '/v1/partners', method: 'GET', status: 200 },
    { label: 'vendor staff may read any CRM route', account: 40000001, path: '/v1/overview', method: 'GET', status: 200 },
  ])('$label', async ({ account, path, method, status }) => {
    relay = await startTestRelay({ installations: [PARTNER_AMOCRM, VENDOR_AMOCRM] })
    const token = await signAmocrmToken({ issuedAt: FIXED_NOW, claims: { account_id: account } })
    const body = method === 'POST' ? JSON.stringify({ lines: [{ sku: 'A', quantity: 1 }] }) : undefined
    const response = await fetch(`${relay.url}${path}`, { method, headers: { 'X-Auth-Token': token, 'Content-Type': 'application/json' }, body })
    expect(response.status).toBe(status)
    const json = await response.json()
    if (status === 403) expect(json.error.code).toBe('forbidden')
    else expect(json.actor).toEqual({ kind: 'vendor', crm: 'amocrm', account: '40000001', userId: '8765432', installationId: 'inst-vendor' })
  })
})
