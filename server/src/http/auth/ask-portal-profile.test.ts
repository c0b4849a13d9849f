import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, expect, test } from 'vitest'
import { askPortalProfile } from './ask-portal-profile'

type Handler = (req: IncomingMessage, res: ServerResponse) => void
const servers: Server[] = []

/** A real portal on loopback, reached through a pinned address as the relay reaches a checked one. */
const portalAnswering = async (handler: Handler) => {
  const server = createServer(handler)
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { hostname: 'portal.example.ru', host: `portal.example.ru:${port}`, port, address: '127.0.0.1', family: 4 as const }
}
const json =
  (status: number, body: unknown): Handler =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json' })
    res.end(body === null ? '' : JSON.stringify(body))
  }

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  }
})

const ask = async (handler: Handler, timeoutMs = 2_000) =>
  askPortalProfile({ target: await portalAnswering(handler), protocol: 'http', authId: 'a', timeoutMs })

test.each([
  { label: 'a profile is the user', handler: json(200, { result: { ID: '12' } }), answer: { kind: 'user', userId: '12' } },
  { label: 'a numeric ID is a string id', handler: json(200, { result: { ID: 12 } }), answer: { kind: 'user', userId: '12' } },
  { label: '401 expired_token is a rejection', handler: json(401, { error: 'expired_token' }), answer: { kind: 'rejected', error: 'expired_token' } },
  { label: '401 without a body is a rejection', handler: json(401, null), answer: { kind: 'rejected', error: 'unauthorized' } },
  {
    label: '403 insufficient_scope is a failure',
    handler: json(403, { error: 'insufficient_scope' }),
    answer: { kind: 'failed', reason: 'HTTP 403 insufficient_scope' },
  },
  { label: 'a redirect is not followed', handler: json(302, null), answer: { kind: 'redirected', status: 302 } },
  { label: 'an answer that is not JSON is a failure', handler: json(200, '<html>'), answer: { kind: 'failed', reason: 'unexpected answer' } },
])('$label', async ({ handler, answer }) => {
  expect(await ask(handler)).toEqual(answer)
})

test('the call goes to the checked address with the portal name as Host and the token in the body', async () => {
  let seen: { host?: string; body?: string } = {}
  const answer = await ask((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      seen = { host: req.headers.host, body }
      json(200, { result: { ID: 5 } })(req, res)
    })
  })
  expect(answer).toEqual({ kind: 'user', userId: '5' })
  expect(seen.host).toMatch(/^portal\.example\.ru:\d+$/)
  expect(JSON.parse(seen.body ?? '')).toEqual({ auth: 'a' })
})

test('a portal that never answers is a timeout', async () => {
  expect(await ask(() => {}, 200)).toEqual({ kind: 'failed', reason: 'timeout' })
})

test('an answer larger than 64 KB is cut off as a failure', async () => {
  const huge = { result: { ID: 1, padding: 'x'.repeat(100_000) } }
  expect(await ask(json(200, huge))).toEqual({ kind: 'failed', reason: 'answer too large' })
})

test('a closed port is unreachable', async () => {
  const target = await portalAnswering(() => {})
  const server = servers.pop() as Server
  await new Promise((resolve) => server.close(resolve))
  expect(await askPortalProfile({ target, protocol: 'http', authId: 'a', timeoutMs: 2_000 })).toEqual({ kind: 'failed', reason: 'unreachable' })
})
