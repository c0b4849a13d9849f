import { HttpResponse, http } from 'msw'
import { expect, test } from 'vitest'
import { createRelayClient } from '../client/create-relay-client'
import { createStatusClient } from '../client/create-status-client'
import { RELAY_URL, useRelayServer } from '../testing/relay-server'
import { buildStatusApplication, buildStatusBoard, buildStatusChange } from '../testing/status-fixtures'
import { createStatusBoardStore } from './create-status-board-store'

const server = useRelayServer()

const setup = () => createStatusBoardStore({ client: createStatusClient(createRelayClient({ baseUrl: RELAY_URL }).caller) })

test('approving an application keeps when the status applies and reloads the board (AG-3.3a)', async () => {
  let board = buildStatusBoard({ pendingApplications: [buildStatusApplication()] })
  server.use(
    http.get(`${RELAY_URL}/v1/status-board`, () => HttpResponse.json(board)),
    http.post(`${RELAY_URL}/v1/status-applications/app-1/approve`, async ({ request }) => {
      expect(await request.json()).toEqual({})
      board = buildStatusBoard({ pendingChanges: [buildStatusChange()] })
      return HttpResponse.json({ application: buildStatusApplication({ state: 'approved', effectiveOn: '2027-01-01', validUntil: '2027-12-31' }) })
    }),
  )
  const store = setup()
  await store.getState().load()
  expect(await store.getState().approve('app-1', ' ')).toBe(true)
  expect(store.getState().decided).toMatchObject({ state: 'approved', effectiveOn: '2027-01-01' })
  expect(store.getState().board?.pendingApplications).toEqual([])
  expect(store.getState().board?.pendingChanges.map((change) => change.toStatus)).toEqual(['silver'])
})

test('an approval refused for missing requirements keeps them for the screen (AG-3.3a)', async () => {
  server.use(
    http.get(`${RELAY_URL}/v1/status-board`, () => HttpResponse.json(buildStatusBoard({ pendingApplications: [buildStatusApplication()] }))),
    http.post(`${RELAY_URL}/v1/status-applications/app-1/approve`, () =>
      HttpResponse.json(
        { error: { code: 'invalid_state', message: 'Requirements not met', rule: 'AG-3.3a', details: { missing: ['certifiedSales'] } } },
        { status: 409 },
      ),
    ),
  )
  const store = setup()
  await store.getState().load()
  expect(await store.getState().approve('app-1', '')).toBe(false)
  expect(store.getState()).toMatchObject({ failedAction: 'approve:app-1', actionError: { code: 'invalid_state', details: { missing: ['certifiedSales'] } } })
})

test('a refusal sends its reason (AG-3.3a)', async () => {
  let body: unknown
  server.use(
    http.get(`${RELAY_URL}/v1/status-board`, () => HttpResponse.json(buildStatusBoard())),
    http.post(`${RELAY_URL}/v1/status-applications/app-1/refuse`, async ({ request }) => {
      body = await request.json()
      return HttpResponse.json({ application: buildStatusApplication({ state: 'refused', decisionNote: 'Нет сертификатов' }) })
    }),
  )
  const store = setup()
  await store.getState().load()
  expect(await store.getState().refuse('app-1', 'Нет сертификатов')).toBe(true)
  expect(body).toEqual({ reason: 'Нет сертификатов' })
  expect(store.getState().decided?.state).toBe('refused')
})
