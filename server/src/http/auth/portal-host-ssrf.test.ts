import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { startTestRelay, TEST_LINK_CODE, type TestRelay } from '../test-support/start-test-relay'
import type { ResolveHost } from './check-portal-host'

// A service inside the vendor's network, as an attacker would like the relay to reach it.
let inside: Server
let insidePort = 0
let connections = 0
// A portal the vendor listed that answers every call with a redirect to the inside service.
let redirecting: Server
let redirectingHost = ''
let relay: TestRelay

const listen = async (server: Server) => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return (server.address() as AddressInfo).port
}

beforeAll(async () => {
  inside = createServer((_req, res) => res.end('{"result":{"ID":"1"}}'))
  inside.on('connection', () => (connections += 1))
  insidePort = await listen(inside)
  redirecting = createServer((_req, res) => res.writeHead(307, { location: `http://127.0.0.1:${insidePort}/rest/profile` }).end())
  redirectingHost = `127.0.0.1:${await listen(redirecting)}`
})
afterEach(async () => {
  await relay?.close()
  connections = 0
})
afterAll(async () => {
  for (const server of [inside, redirecting]) {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  }
})

// Names an attacker controls can resolve to anything: here, into the vendor's own network.
const hostileDns: ResolveHost = async (hostname) => {
  if (hostname === 'loopback.attacker.example') return [{ address: '127.0.0.1', family: 4 }]
  if (hostname === 'mapped.attacker.example') return [{ address: '::ffff:127.0.0.1', family: 6 }]
  if (hostname === 'mixed.attacker.example')
    return [
      { address: '93.158.134.3', family: 4 },
      { address: '10.0.0.1', family: 4 },
    ]
  throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' })
}

const link = (domain: string, code = TEST_LINK_CODE) =>
  fetch(`${relay.url}/v1/installations`, {
    method: 'POST',
    headers: { Authorization: 'Bitrix24 stolen-or-made-up', 'X-B24-Member-Id': 'new-member', 'X-B24-Domain': domain, 'Content-Type': 'application/json' },
    body: JSON.stringify({ code }),
  })

describe('a frame that is not linked cannot make the relay connect inside the network', () => {
  test.each([
    { label: 'the loopback address with the port', domain: () => `127.0.0.1:${insidePort}` },
    { label: 'the IPv6 loopback', domain: () => `[::1]:${insidePort}` },
    { label: 'a private address', domain: () => '10.0.0.1' },
    { label: 'localhost', domain: () => `localhost:${insidePort}` },
    { label: 'a single-label name', domain: () => `intranet:${insidePort}` },
    { label: 'a .local name', domain: () => `printer.local:${insidePort}` },
    { label: 'an .internal name', domain: () => `db.corp.internal:${insidePort}` },
    { label: 'a name that resolves to 127.0.0.1', domain: () => `loopback.attacker.example:${insidePort}` },
    { label: 'a name that resolves to an IPv4-mapped loopback', domain: () => `mapped.attacker.example:${insidePort}` },
    { label: 'a name with one private address among public ones', domain: () => `mixed.attacker.example:${insidePort}` },
    { label: 'a name that does not resolve', domain: () => `nowhere.attacker.example:${insidePort}` },
    { label: 'a listed portal that redirects inside', domain: () => redirectingHost },
  ])('$label: a clear 4xx and no connection', async ({ domain }) => {
    relay = await startTestRelay({ config: { b24AllowHttp: true, b24PortalHosts: [redirectingHost] }, resolveHost: hostileDns })
    const response = await link(domain())
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    const { error } = await response.json()
    expect(error.message).toContain('X-B24-Domain')
    expect(connections).toBe(0)
  })

  test('a code that does not exist is refused before the portal is even looked up', async () => {
    const looked: string[] = []
    relay = await startTestRelay({
      config: { b24AllowHttp: true, b24PortalHosts: [`127.0.0.1:${insidePort}`] },
      resolveHost: async (hostname) => {
        looked.push(hostname)
        return []
      },
    })
    const response = await link(`127.0.0.1:${insidePort}`, 'AAAA-BBBB-CCCC')
    expect(response.status).toBe(404)
    expect((await response.json()).error.code).toBe('not_found')
    expect(connections).toBe(0)
    expect(looked).toEqual([])
  })

  test('wrong codes are rate limited per claimed account, still without a connection (429)', async () => {
    relay = await startTestRelay({ config: { b24AllowHttp: true, b24PortalHosts: [`127.0.0.1:${insidePort}`] } })
    const statuses: number[] = []
    for (let attempt = 0; attempt < 11; attempt += 1) statuses.push((await link(`127.0.0.1:${insidePort}`, `WRONG-${attempt}`)).status)
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(404))
    expect(statuses[10]).toBe(429)
    // Even the right code waits out the window once the account is locked.
    const locked = await link(`127.0.0.1:${insidePort}`)
    expect(locked.status).toBe(429)
    expect((await locked.json()).error).toMatchObject({ code: 'rate_limited', details: { retryAfterMinutes: 15 } })
    expect(connections).toBe(0)
    relay.clock.now = new Date(relay.clock.now.getTime() + 15 * 60_000)
    expect((await link(`127.0.0.1:${insidePort}`)).status).toBe(201)
    expect(connections).toBe(1)
  })
})
