import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { createBitrix24Portal } from '../../../../test/mocks/bitrix24-portal'
import { startTestRelay as startRelay, type TestRelay } from '../test-support/start-test-relay'
import type { ResolveHost } from './check-portal-host'

const MEMBER_ID = 'f1c8e2a94b7d3e6c5a0b9d8e7f6a5b4c'
const STORED_DOMAIN = 'partner.bitrix24.ru'
const PARTNER_B24 = { crm: 'bitrix24', account: MEMBER_ID, id: 'inst-b24', role: 'partner', partnerId: 'partner-2', domain: STORED_DOMAIN } as const

const portal = createBitrix24Portal({ domain: STORED_DOMAIN })
const otherPortal = createBitrix24Portal({ domain: 'attacker.bitrix24.ru' })
const harnessPortal = createBitrix24Portal({ domain: 'localhost:5174', protocol: 'http' })
const harnessOverHttps = createBitrix24Portal({ domain: 'localhost:5174' })
const portals = [portal, otherPortal, harnessPortal, harnessOverHttps]
// The relay under test is reached over loopback; any other unmocked request is a test failure.
const server = setupServer(...portals.flatMap((each) => each.handlers))
let relay: TestRelay

// The portals' cloud names resolve to a public address here as they would on the internet; msw
// answers for them before any connection is made.
const publicDns: ResolveHost = async () => [{ address: '93.158.134.3', family: 4 }]
const startTestRelay = (options: Parameters<typeof startRelay>[0] = {}) => startRelay({ resolveHost: publicDns, ...options })

beforeAll(() =>
  server.listen({
    onUnhandledRequest: (request, print) => {
      if (new URL(request.url).hostname !== '127.0.0.1') print.error()
    },
  }),
)
afterEach(async () => {
  server.resetHandlers()
  for (const each of portals) each.reset()
  await relay?.close()
})
afterAll(() => server.close())

const b24Headers = (authId: string, domain = STORED_DOMAIN, memberId = MEMBER_ID) => ({
  Authorization: `Bitrix24 ${authId}`,
  'X-B24-Member-Id': memberId,
  'X-B24-Domain': domain,
})
const getMe = (headers: Record<string, string>) => fetch(`${relay.url}/v1/me`, { headers })
const link = (headers: Record<string, string>) =>
  fetch(`${relay.url}/v1/installations`, {
    method: 'POST',
    headers: { ...headers, 'Content-Type': 'application/json' },
    body: JSON.stringify({ code: 'LINK-7F3A' }),
  })

describe('Bitrix24 frame token', () => {
  test('a valid token is verified once at the portal, then served from the cache', async () => {
    relay = await startTestRelay({ installations: [PARTNER_B24] })
    portal.issueToken('auth-valid-1', 7)
    const first = await getMe(b24Headers('auth-valid-1'))
    expect(first.status).toBe(200)
    expect((await first.json()).actor).toEqual({
      kind: 'partner',
      crm: 'bitrix24',
      account: MEMBER_ID,
      userId: '7',
      installationId: 'inst-b24',
      partnerId: 'partner-2',
    })
    expect((await getMe(b24Headers('auth-valid-1'))).status).toBe(200)
    expect(portal.calls).toEqual([{ method: 'profile', auth: 'auth-valid-1' }])
  })

  test('the cache forgets a token after 10 minutes, whatever its expiry', async () => {
    relay = await startTestRelay({ installations: [PARTNER_B24] })
    portal.issueToken('auth-valid-1', 7)
    const hourLater = String(Math.floor(relay.clock.now.getTime() / 1000) + 3600)
    await getMe({ ...b24Headers('auth-valid-1'), 'X-B24-Auth-Expires': hourLater })
    relay.clock.now = new Date(relay.clock.now.getTime() + 10 * 60_000 - 1)
    await getMe({ ...b24Headers('auth-valid-1'), 'X-B24-Auth-Expires': hourLater })
    expect(portal.calls).toHaveLength(1)
    relay.clock.now = new Date(relay.clock.now.getTime() + 2)
    expect((await getMe(b24Headers('auth-valid-1'))).status).toBe(200)
    expect(portal.calls).toHaveLength(2)
  })

  test('a token is trusted no longer than the expiry the portal gave the frame', async () => {
    relay = await startTestRelay({ installations: [PARTNER_B24] })
    portal.issueToken('auth-short', 7)
    const expires = String(Math.floor(relay.clock.now.getTime() / 1000) + 120)
    const headers = { ...b24Headers('auth-short'), 'X-B24-Auth-Expires': expires }
    expect((await getMe(headers)).status).toBe(200)
    relay.clock.now = new Date(relay.clock.now.getTime() + 119_000)
    expect((await getMe(headers)).status).toBe(200)
    expect(portal.calls).toHaveLength(1)
    // Past its expiry the portal is asked again, and its refusal is the answer.
    relay.clock.now = new Date(relay.clock.now.getTime() + 2_000)
    portal.expireToken('auth-short')
    expect((await getMe(headers)).status).toBe(401)
    expect(portal.calls).toHaveLength(2)
  })

  test('a token without its expiry is trusted for one minute only', async () => {
    relay = await startTestRelay({ installations: [PARTNER_B24] })
    portal.issueToken('auth-valid-1', 7)
    await getMe(b24Headers('auth-valid-1'))
    relay.clock.now = new Date(relay.clock.now.getTime() + 60_001)
    await getMe(b24Headers('auth-valid-1'))
    expect(portal.calls).toHaveLength(2)
  })

  test('an expiry that is not Unix seconds is 401', async () => {
    relay = await startTestRelay({ installations: [PARTNER_B24] })
    const response = await getMe({ ...b24Headers('auth-valid-1'), 'X-B24-Auth-Expires': 'tomorrow' })
    expect(response.status).toBe(401)
    expect((await response.json()).error.message).toContain('X-B24-Auth-Expires')
  })

  test.each([
    { label: 'an expired token', setup: () => portal.expireToken('auth-old'), portalError: 'expired_token', message: 'expired' },
    { label: 'a token the portal never issued', setup: () => {}, portalError: 'NO_AUTH_FOUND', message: 'refresh' },
  ])('$label is 401 so the frame refreshes its auth, and is not cached', async ({ setup, portalError, message }) => {
    relay = await startTestRelay({ installations: [PARTNER_B24] })
    setup()
    const response = await getMe(b24Headers('auth-old'))
    expect(response.status).toBe(401)
    const { error } = await response.json()
    expect(error).toMatchObject({ code: 'unauthenticated', details: { portalError } })
    expect(error.message).toContain(message)
    portal.issueToken('auth-old', 7)
    expect((await getMe(b24Headers('auth-old'))).status).toBe(200)
  })

  test('a linked member is verified at its stored domain, whatever domain the request claims', async () => {
    relay = await startTestRelay({ installations: [PARTNER_B24] })
    otherPortal.issueToken('attacker-token', 1)
    const response = await getMe(b24Headers('attacker-token', 'attacker.bitrix24.ru'))
    expect(response.status).toBe(401)
    expect(portal.calls).toEqual([{ method: 'profile', auth: 'attacker-token' }])
    expect(otherPortal.calls).toHaveLength(0)
  })

  test.each([
    { label: 'the portal is over its rate limit', setup: () => portal.setOverloaded(true) },
    { label: 'the portal cannot be reached', setup: () => server.use(http.post(`https://${STORED_DOMAIN}/rest/profile`, () => HttpResponse.error())) },
    {
      label: 'the portal answers without a user',
      setup: () => server.use(http.post(`https://${STORED_DOMAIN}/rest/profile`, () => HttpResponse.json({ result: {} }))),
    },
  ])('503 unavailable when $label', async ({ setup }) => {
    relay = await startTestRelay({ installations: [PARTNER_B24] })
    portal.issueToken('auth-valid-1', 7)
    setup()
    const response = await getMe(b24Headers('auth-valid-1'))
    expect(response.status).toBe(503)
    expect((await response.json()).error.code).toBe('unavailable')
  })

  test('a member that is not linked is refused without asking any portal', async () => {
    relay = await startTestRelay()
    otherPortal.issueToken('auth-x', 1)
    const response = await getMe(b24Headers('auth-x', 'attacker.bitrix24.ru'))
    expect(response.status).toBe(403)
    expect(otherPortal.calls).toHaveLength(0)
  })

  test.each<{ label: string; headers: Record<string, string>; message: string }>([
    { label: 'no member id', headers: { Authorization: 'Bitrix24 auth-1', 'X-B24-Domain': STORED_DOMAIN }, message: 'X-B24-Member-Id' },
    { label: 'an empty AUTH_ID', headers: { Authorization: 'Bitrix24 ', 'X-B24-Member-Id': MEMBER_ID }, message: 'AUTH_ID' },
    { label: 'both CRM identities at once', headers: { ...b24Headers('auth-1'), 'X-Auth-Token': 'x' }, message: 'one identity' },
  ])('$label is 401', async ({ headers, message }) => {
    relay = await startTestRelay({ installations: [PARTNER_B24] })
    const response = await getMe(headers)
    expect(response.status).toBe(401)
    expect((await response.json()).error.message).toContain(message)
  })
})

describe('linking from Bitrix24', () => {
  test('a new member is verified at the domain it claims', async () => {
    relay = await startTestRelay()
    otherPortal.issueToken('new-portal-token', 3)
    const response = await link(b24Headers('new-portal-token', 'Attacker.Bitrix24.ru', 'new-member'))
    expect(response.status).toBe(201)
    expect((await response.json()).actor).toEqual({
      kind: 'unlinked',
      crm: 'bitrix24',
      account: 'new-member',
      domain: 'attacker.bitrix24.ru',
      userId: '3',
    })
  })

  test('an already linked member re-links with its stored domain', async () => {
    relay = await startTestRelay({ installations: [PARTNER_B24] })
    portal.issueToken('auth-valid-1', 7)
    const response = await link(b24Headers('auth-valid-1', 'attacker.bitrix24.ru'))
    expect(response.status).toBe(201)
    expect((await response.json()).actor.domain).toBe(STORED_DOMAIN)
    expect(otherPortal.calls).toHaveLength(0)
  })

  test('a local harness portal is reached over http only when the relay allows it', async () => {
    harnessPortal.issueToken('harness-token', 1)
    relay = await startTestRelay({ config: { b24AllowHttp: true, b24PortalHosts: ['localhost:5174'] } })
    expect((await link(b24Headers('harness-token', 'localhost:5174', 'harness-member'))).status).toBe(201)
    await relay.close()
    relay = await startTestRelay({ config: { b24AllowHttp: false, b24PortalHosts: ['localhost:5174'] } })
    expect((await link(b24Headers('harness-token', 'localhost:5174', 'harness-member'))).status).toBe(401)
    expect(harnessPortal.calls).toHaveLength(1)
    expect(harnessOverHttps.calls).toHaveLength(1)
  })

  test.each([
    { label: 'a URL instead of a host', domain: 'https://attacker.bitrix24.ru' },
    { label: 'a host with a path', domain: 'attacker.bitrix24.ru/rest' },
    { label: 'a host with credentials', domain: 'user@attacker.bitrix24.ru' },
    { label: 'an empty domain', domain: '' },
  ])('a claimed domain that is $label is 401', async ({ domain }) => {
    relay = await startTestRelay()
    const response = await link(b24Headers('auth-1', domain, 'new-member'))
    expect(response.status).toBe(401)
    expect((await response.json()).error.message).toContain('X-B24-Domain')
  })
})
