import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { createBitrix24Portal } from '../../test/mocks/bitrix24-portal'
import { type RelayUnderTest, startRelay } from './support/relay-under-test'

const portal = createBitrix24Portal({ domain: 'partner.bitrix24.ru' })
const server = setupServer(...portal.handlers)
let relay: RelayUnderTest

beforeAll(async () => {
  // Only the portal is faked: requests to the relay on 127.0.0.1 pass through untouched.
  server.listen({ onUnhandledRequest: (request, print) => (new URL(request.url).hostname === '127.0.0.1' ? undefined : print.error()) })
  relay = await startRelay()
})
afterEach(() => portal.reset())
afterAll(async () => {
  await relay.close()
  server.close()
})

const b24 = (authId: string, memberId = 'member-1', domain = 'partner.bitrix24.ru') => ({
  authorization: `Bitrix24 ${authId}`,
  'x-b24-member-id': memberId,
  'x-b24-domain': domain,
})

describe('Bitrix24 identity', () => {
  test('a frame naming a loopback portal with a made-up code gets 404 and the relay connects nowhere (issue 16 §1)', async () => {
    let connections = 0
    const inside = createServer((_req, res) => res.end())
    inside.on('connection', () => (connections += 1))
    await new Promise<void>((resolve) => inside.listen(0, '127.0.0.1', resolve))
    const domain = `127.0.0.1:${(inside.address() as AddressInfo).port}`
    const linked = () =>
      relay.deps.db
        .selectFrom('installations')
        .select(({ fn }) => fn.countAll<string>().as('n'))
        .where('account', '=', 'member-x')
        .executeTakeFirstOrThrow()
    const made = await relay.request('POST', '/v1/installations', { headers: b24('any', 'member-x', domain), body: { code: 'AAAA-BBBB-CCCC' } })
    expect(made.status).toBe(404)
    // With a real code the host is refused by name, still before any connection.
    const { body } = await relay.admin('POST', '/v1/admin/link-codes', { role: 'vendor' })
    const real = await relay.request('POST', '/v1/installations', { headers: b24('any', 'member-x', domain), body: { code: body.code } })
    expect(real.status).toBe(400)
    expect(real.body.error.message).toContain('X-B24-Domain')
    expect(connections).toBe(0)
    inside.close()
    expect(Number((await linked()).n)).toBe(0)
  })

  test('a portal links itself with a code and is then trusted through its stored domain', async () => {
    const partner = await relay.createPartner({ name: 'ООО «Битрикс-Партнёр»' })
    const { body } = await relay.admin('POST', '/v1/admin/link-codes', { partnerId: partner.id })
    portal.issueToken('auth-1', 7)
    const linked = await relay.request('POST', '/v1/installations', { headers: b24('auth-1'), body: { code: body.code } })
    expect(linked.status).toBe(201)
    expect(linked.body.installation).toEqual({ crm: 'bitrix24', account: 'member-1', role: 'partner', partnerId: partner.id })
    // A request claiming another portal domain is still verified against the stored one.
    const me = await relay.request('GET', '/v1/me', { headers: b24('auth-1', 'member-1', 'evil.example.com') })
    expect(me.status).toBe(200)
    expect(me.body).toMatchObject({ role: 'partner', crm: 'bitrix24', userId: '7', partner: { name: 'ООО «Битрикс-Партнёр»' } })
    expect(portal.calls.every((c) => c.method === 'profile')).toBe(true)
  })

  test('an expired token answers 401 so the widget refreshes it', async () => {
    portal.expireToken('auth-old')
    const answer = await relay.request('GET', '/v1/me', { headers: b24('auth-old') })
    expect(answer.status).toBe(401)
    expect(answer.body.error.code).toBe('unauthenticated')
  })
})
