import { afterEach, expect, test } from 'vitest'
import { signAmocrmToken } from '../test-support/sign-amocrm-token'
import { ADMIN_TOKEN, FIXED_NOW, startTestRelay, type TestRelay } from '../test-support/start-test-relay'

let relay: TestRelay
afterEach(() => relay?.close())

const createPartner = (headers: Record<string, string>) =>
  fetch(`${relay.url}/v1/admin/partners`, {
    method: 'POST',
    headers: { ...headers, 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: 'ATRealt', inn: '7707083893', email: 'partner@example.ru' }),
  })

test('the admin token opens the admin API as the admin actor', async () => {
  relay = await startTestRelay()
  const response = await createPartner({ Authorization: `Bearer ${ADMIN_TOKEN}` })
  expect(response.status).toBe(201)
  expect((await response.json()).actor).toEqual({ kind: 'admin' })
})

test.each<{ label: string; headers: Record<string, string>; message: string }>([
  { label: 'a wrong token', headers: { Authorization: 'Bearer not-the-token' }, message: 'not valid' },
  { label: 'a token one character short', headers: { Authorization: `Bearer ${ADMIN_TOKEN.slice(0, -1)}` }, message: 'not valid' },
  { label: 'no Authorization header', headers: {}, message: 'Bearer' },
  { label: 'another scheme', headers: { Authorization: `Basic ${ADMIN_TOKEN}` }, message: 'Bearer' },
])('$label is 401', async ({ headers, message }) => {
  relay = await startTestRelay()
  const response = await createPartner(headers)
  expect(response.status).toBe(401)
  const { error } = await response.json()
  expect(error.code).toBe('unauthenticated')
  expect(error.message).toContain(message)
  expect(relay.calls).toHaveLength(0)
})

test('a CRM token does not open the admin API', async () => {
  relay = await startTestRelay()
  const response = await createPartner({ 'X-Auth-Token': await signAmocrmToken({ issuedAt: FIXED_NOW }) })
  expect(response.status).toBe(401)
})

test('without RELAY_ADMIN_TOKEN every admin call is 401 and says so', async () => {
  relay = await startTestRelay({ config: { adminToken: undefined } })
  const response = await createPartner({ Authorization: 'Bearer anything' })
  expect(response.status).toBe(401)
  expect((await response.json()).error.message).toContain('RELAY_ADMIN_TOKEN is not set')
})
