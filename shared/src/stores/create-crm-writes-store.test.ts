import { HttpResponse, http } from 'msw'
import { expect, test } from 'vitest'
import { createCrmWritesClient } from '../client/create-crm-writes-client'
import { createRelayClient } from '../client/create-relay-client'
import type { TCrmWriteSettingsResponse } from '../contract/crm-writes'
import { buildHost } from '../testing/fake-host'
import { RELAY_URL, relayError, relayGet, useRelayServer } from '../testing/relay-server'
import { createCrmWritesStore } from './create-crm-writes-store'

const server = useRelayServer()

const OFF = { transferTasks: false, pinNotes: false, violationNotes: false, pinRequestTasks: false, entityType: 'company' as const, responsibleUserId: null }
const answer = (overrides: Partial<TCrmWriteSettingsResponse> = {}): TCrmWriteSettingsResponse => ({
  settings: OFF,
  crmAccess: { state: 'none' },
  writes: { pending: 0, done: 0, skipped: 0, failed: 0 },
  ...overrides,
})

const setup = (host = buildHost()) => {
  const relay = createRelayClient({ baseUrl: () => host.settings.get().relayUrl })
  return createCrmWritesStore({ client: createCrmWritesClient(relay.caller), host })
}

test('loads what the relay writes, off by default, with the access state (issue 12)', async () => {
  server.use(relayGet('/v1/crm-writes/settings', answer()))
  const store = setup()
  await store.getState().load()
  expect(store.getState()).toMatchObject({ draft: OFF, loaded: { crmAccess: { state: 'none' } }, error: null })
})

test('turning transfer tasks on saves once with one key, however often Save is pressed (X-6)', async () => {
  const keys: (string | null)[] = []
  server.use(
    relayGet('/v1/crm-writes/settings', answer()),
    http.put(`${RELAY_URL}/v1/crm-writes/settings`, async ({ request }) => {
      keys.push(request.headers.get('idempotency-key'))
      const body = (await request.json()) as typeof OFF
      return HttpResponse.json(answer({ settings: body, crmAccess: { state: 'active' } }))
    }),
  )
  const store = setup()
  await store.getState().load()
  store.getState().change({ transferTasks: true, entityType: 'lead' })
  const [first, second] = await Promise.all([store.getState().save(), store.getState().save()])
  expect([first, second]).toEqual([true, false])
  expect(keys).toHaveLength(1)
  expect(store.getState()).toMatchObject({ isSaved: true, draft: { transferTasks: true, entityType: 'lead' } })
})

test('a refused setting keeps the form as typed and says why', async () => {
  server.use(relayGet('/v1/crm-writes/settings', answer()), relayError('put', '/v1/crm-writes/settings', 'invalid_request', 400))
  const store = setup()
  await store.getState().load()
  store.getState().change({ pinNotes: true })
  expect(await store.getState().save()).toBe(false)
  expect(store.getState()).toMatchObject({ draft: { pinNotes: true }, error: { code: 'invalid_request' } })
})

test('connect hands the frame’s tokens over where the CRM gives them (Bitrix24), then shows the new state', async () => {
  let handed: unknown = null
  server.use(
    http.get(`${RELAY_URL}/v1/crm-writes/settings`, () => HttpResponse.json(answer({ crmAccess: { state: handed ? 'active' : 'none' } }))),
    http.post(`${RELAY_URL}/v1/oauth/bitrix24/tokens`, async ({ request }) => {
      handed = await request.json()
      return HttpResponse.json({ crmAccess: { state: 'active' } }, { status: 201 })
    }),
  )
  const tokens = { refreshToken: 'refresh-0123456789', memberId: 'member-b1', domain: 'partner.bitrix24.ru' }
  const store = setup({ ...buildHost(), readCrmTokens: async () => tokens })
  await store.getState().load()
  await store.getState().connect()
  expect(handed).toEqual(tokens)
  expect(store.getState().loaded?.crmAccess.state).toBe('active')
})

test('connect opens amoCRM’s consent window at the address the relay signed', async () => {
  const url = 'https://www.amocrm.ru/oauth?client_id=c&state=s&mode=post_message'
  server.use(
    relayGet('/v1/crm-writes/settings', answer()),
    http.post(`${RELAY_URL}/v1/oauth/amocrm/authorize`, () => HttpResponse.json({ url, state: 's', expiresAt: '2026-04-28T08:00:00.000Z' })),
  )
  const opened: string[] = []
  const store = setup({ ...buildHost(), openConsent: (address) => opened.push(address) })
  await store.getState().load()
  await store.getState().connect()
  expect(opened).toEqual([url])
})
