import { afterEach, expect, test } from 'vitest'
import { AppError } from '../../../shared/src/contract'
import { DomainError } from '../domain/domain-error'
import { ADMIN_TOKEN, startTestRelay, type TestRelay } from './test-support/start-test-relay'

let relay: TestRelay
afterEach(() => relay?.close())

const answerTo = async (error: Error) => {
  relay = await startTestRelay({
    handlers: {
      adminListPartners: async () => {
        throw error
      },
    },
  })
  const response = await fetch(`${relay.url}/v1/admin/partners`, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } })
  const answer = { status: response.status, body: await response.text() }
  await relay.close()
  return answer
}

test.each([
  {
    label: 'a refusal with its rule and details',
    code: 'pin_conflict',
    message: 'The client is pinned to another partner',
    rule: 'AT-1.2a',
    details: { reason: 'pinned-to-other' },
  },
  { label: 'a malformed value without a rule', code: 'invalid_request', message: 'date must be an existing date YYYY-MM-DD, got "2026-02-30"' },
  { label: 'an entitlement (403)', code: 'not_entitled', message: 'Deal protection starts after authorization', rule: 'AG-4' },
  { label: 'a figure out of range (500, still answered as known)', code: 'internal', message: 'Cannot write -1 kopecks in words: out of range' },
] as const)("a rule's refusal is answered byte for byte as the wire error with the same fields: $label", async ({ code, message, ...extra }) => {
  const fromDomain = await answerTo(new DomainError(code, message, extra))
  const fromWire = await answerTo(new AppError(code, message, extra))
  expect(fromDomain).toEqual(fromWire)
  expect(JSON.parse(fromDomain.body).error.code).toBe(code)
})
