import { expect, test } from 'vitest'
import { askPortalProfile } from './ask-portal-profile'

const failingFetch = (error: Error): typeof fetch => async () => Promise.reject(error)
const answering = (status: number, body: unknown): typeof fetch => async () => Response.json(body, { status })

test.each([
  { label: 'a profile is the user', fetch: answering(200, { result: { ID: '12' } }), answer: { kind: 'user', userId: '12' } },
  { label: 'a numeric ID is a string id', fetch: answering(200, { result: { ID: 12 } }), answer: { kind: 'user', userId: '12' } },
  { label: '401 expired_token is a rejection', fetch: answering(401, { error: 'expired_token' }), answer: { kind: 'rejected', error: 'expired_token' } },
  { label: '401 without a body is a rejection', fetch: answering(401, null), answer: { kind: 'rejected', error: 'unauthorized' } },
  { label: '403 insufficient_scope is a failure', fetch: answering(403, { error: 'insufficient_scope' }), answer: { kind: 'failed', reason: 'HTTP 403 insufficient_scope' } },
  { label: 'a timeout is a failure', fetch: failingFetch(new DOMException('The operation timed out', 'TimeoutError')), answer: { kind: 'failed', reason: 'timeout' } },
  { label: 'a network error is a failure', fetch: failingFetch(new TypeError('fetch failed')), answer: { kind: 'failed', reason: 'unreachable' } },
])('$label', async ({ fetch, answer }) => {
  expect(await askPortalProfile({ fetch, url: 'https://portal.bitrix24.ru/rest/profile', authId: 'a', timeoutMs: 5_000 })).toEqual(answer)
})
