import { expect, test, vi } from 'vitest'
import type { B24AuthData, B24FrameLike } from './b24-frame'
import { b24Transport } from './b24-transport'

const NOW = Date.UTC(2026, 3, 30, 9, 0, 0)
const auth = (token: string, expiresInSeconds: number): B24AuthData => ({
  access_token: token,
  expires: NOW / 1000 + expiresInSeconds,
  domain: 'https://portal.bitrix24.ru',
  member_id: 'member-1',
})

const frame = (current: false | B24AuthData) => {
  const refreshAuth = vi.fn(async () => auth('fresh', 3600))
  const b24 = { auth: { getAuthData: () => current, refreshAuth, isAdmin: false } } as unknown as B24FrameLike
  return { b24, refreshAuth }
}

test.each([
  { label: 'a valid token is sent as it is', current: auth('current', 1800), token: 'current', refreshes: 0 },
  { label: 'an expired token is refreshed first', current: false as const, token: 'fresh', refreshes: 1 },
  { label: 'a token about to expire is refreshed first', current: auth('old', 30), token: 'fresh', refreshes: 1 },
])('$label', async ({ current, token, refreshes }) => {
  const { b24, refreshAuth } = frame(current)
  const headers = await b24Transport(b24, () => NOW).headers?.()
  expect(headers).toEqual({ Authorization: `Bitrix24 ${token}`, 'X-B24-Member-Id': 'member-1', 'X-B24-Domain': 'portal.bitrix24.ru' })
  expect(refreshAuth).toHaveBeenCalledTimes(refreshes)
})
