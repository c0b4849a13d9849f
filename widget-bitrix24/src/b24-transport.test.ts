import { HttpResponse, http } from 'msw'
import { expect, test, vi } from 'vitest'
import { createRelayClient } from '../../shared/src/client/create-relay-client'
import { buildMePartner, buildPin } from '../../shared/src/testing/fixtures'
import { RELAY_URL, useRelayServer } from '../../shared/src/testing/relay-server'
import type { B24AuthData, B24FrameLike } from './b24-frame'
import { b24Transport } from './b24-transport'

const server = useRelayServer()

const NOW = Date.UTC(2026, 3, 30, 9, 0, 0)
const auth = (token: string, expiresInSeconds: number): B24AuthData => ({
  access_token: token,
  expires: NOW / 1000 + expiresInSeconds,
  domain: 'https://portal.bitrix24.ru',
  member_id: 'member-1',
})

/** A frame whose parent hands out fresh-1, fresh-2… on each refresh. */
const frame = (initial: false | B24AuthData) => {
  let current = initial
  let issued = 0
  const refreshAuth = vi.fn(async () => (current = auth(`fresh-${++issued}`, 3600)))
  const b24 = { auth: { getAuthData: () => current, refreshAuth, isAdmin: false } } as unknown as B24FrameLike
  return { b24, refreshAuth, replaceToken: (token: string) => (current = auth(token, 3600)) }
}

test.each([
  { label: 'a valid token is sent as it is, with its expiry', current: auth('current', 1800), token: 'current', expiresIn: 1800, refreshes: 0 },
  { label: 'an expired token is refreshed first', current: false as const, token: 'fresh-1', expiresIn: 3600, refreshes: 1 },
  { label: 'a token about to expire is refreshed first', current: auth('old', 30), token: 'fresh-1', expiresIn: 3600, refreshes: 1 },
])('$label', async ({ current, token, expiresIn, refreshes }) => {
  const { b24, refreshAuth } = frame(current)
  const headers = await b24Transport(b24, () => NOW).headers?.()
  expect(headers).toEqual({
    Authorization: `Bitrix24 ${token}`,
    'X-B24-Member-Id': 'member-1',
    'X-B24-Domain': 'portal.bitrix24.ru',
    'X-B24-Auth-Expires': String(NOW / 1000 + expiresIn),
  })
  expect(refreshAuth).toHaveBeenCalledTimes(refreshes)
})

/**
 * A relay that refuses every token but the accepted ones, as it does when the portal rejects one;
 * `onRefusal` runs before each refusal is answered.
 */
const relayAccepting = (accepted: string[], onRefusal?: () => void) => {
  const seen: { token: string | null; key: string | null }[] = []
  const answer = (request: Request, body: object) => {
    const token = request.headers.get('authorization')?.replace('Bitrix24 ', '') ?? null
    seen.push({ token, key: request.headers.get('idempotency-key') })
    if (token && accepted.includes(token)) return HttpResponse.json(body)
    onRefusal?.()
    const error = { code: 'unauthenticated', message: 'The Bitrix24 token has expired', details: { portalError: 'expired_token' } }
    return HttpResponse.json({ error }, { status: 401 })
  }
  server.use(
    http.get(`${RELAY_URL}/v1/me`, ({ request }) => answer(request, buildMePartner())),
    http.post(`${RELAY_URL}/v1/pins`, ({ request }) => answer(request, { pin: buildPin({ state: 'requested' }) })),
  )
  return seen
}

const clientOver = (b24: B24FrameLike) => createRelayClient({ baseUrl: RELAY_URL, transport: b24Transport(b24, () => NOW) })

test('a token the portal refused is refreshed through the parent frame and the request sent once more', async () => {
  const seen = relayAccepting(['fresh-1'])
  const { b24, refreshAuth } = frame(auth('revoked', 1800))
  expect((await clientOver(b24).me()).role).toBe('partner')
  expect(seen.map((request) => request.token)).toEqual(['revoked', 'fresh-1'])
  expect(refreshAuth).toHaveBeenCalledTimes(1)
})

test('a refused write is retried with the same Idempotency-Key (X-6)', async () => {
  const seen = relayAccepting(['fresh-1'])
  const { b24 } = frame(auth('revoked', 1800))
  await clientOver(b24).requestPin({ accountNumber: 'A-1001' }, { idempotencyKey: 'attempt-1' })
  expect(seen).toEqual([
    { token: 'revoked', key: 'attempt-1' },
    { token: 'fresh-1', key: 'attempt-1' },
  ])
})

test('requests refused together share one refresh', async () => {
  const seen = relayAccepting(['fresh-1'])
  const { b24, refreshAuth } = frame(auth('revoked', 1800))
  const client = clientOver(b24)
  await Promise.all([client.me(), client.me(), client.me()])
  expect(refreshAuth).toHaveBeenCalledTimes(1)
  expect(seen.filter((request) => request.token === 'fresh-1')).toHaveLength(3)
})

test('a token the SDK already refreshed for its own REST call is used without asking again', async () => {
  const { b24, refreshAuth, replaceToken } = frame(auth('revoked', 1800))
  const seen = relayAccepting(['renewed'], () => replaceToken('renewed'))
  await clientOver(b24).me()
  expect(seen.map((request) => request.token)).toEqual(['revoked', 'renewed'])
  expect(refreshAuth).not.toHaveBeenCalled()
})

test('a second refusal is final: the relay error reaches the screen, no third attempt', async () => {
  const seen = relayAccepting([])
  const { b24, refreshAuth } = frame(auth('revoked', 1800))
  await expect(clientOver(b24).me()).rejects.toMatchObject({ code: 'unauthenticated' })
  expect(seen).toHaveLength(2)
  expect(refreshAuth).toHaveBeenCalledTimes(1)
})
