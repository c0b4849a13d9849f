import { HttpResponse, http } from 'msw'
import { expect, test } from 'vitest'
import { createRelayClient } from '../client/create-relay-client'
import { createStatusClient } from '../client/create-status-client'
import { buildPartner } from '../testing/fixtures'
import { buildProjectRegistration, buildRegistration, buildRenewal } from '../testing/registration-fixtures'
import { RELAY_URL, relayError, relayGet, useRelayServer } from '../testing/relay-server'
import { buildPartnerStatus } from '../testing/status-fixtures'
import { createRegistrationsStore } from './create-registrations-store'

const server = useRelayServer()

const setup = () => createRegistrationsStore({ client: createStatusClient(createRelayClient({ baseUrl: RELAY_URL }).caller) })

test('registering a project keeps what the relay answered and reloads the list (AG-4)', async () => {
  let registrations = [buildRegistration()]
  let sent: { body: unknown; key: string | null } | undefined
  const project = buildProjectRegistration({ state: 'requested', validUntil: null, decidedAt: null })
  server.use(
    http.get(`${RELAY_URL}/v1/registrations`, () => HttpResponse.json({ registrations })),
    http.post(`${RELAY_URL}/v1/projects`, async ({ request }) => {
      sent = { body: await request.json(), key: request.headers.get('Idempotency-Key') }
      registrations = [project, ...registrations]
      return HttpResponse.json({ registration: project }, { status: 201 })
    }),
  )
  const store = setup()
  await store.getState().load()
  expect(await store.getState().registerProject({ accountNumber: 'A-2002', projectName: 'Телефонизация завода' })).toBe(true)
  expect(sent?.body).toEqual({ accountNumber: 'A-2002', projectName: 'Телефонизация завода' })
  expect(sent?.key).toBeTruthy()
  expect(store.getState().written?.id).toBe('reg-2')
  expect(store.getState().registrations?.map((registration) => registration.id)).toEqual(['reg-2', 'reg-1'])
})

test('a project refused below the status for projects keeps the reason and changes nothing (AG-4)', async () => {
  server.use(
    relayGet('/v1/registrations', { registrations: [buildRegistration()] }),
    http.post(`${RELAY_URL}/v1/projects`, () =>
      HttpResponse.json(
        {
          error: { code: 'not_entitled', message: 'Project registration is open from Gold', rule: 'AG-4', details: { reason: 'status-too-low', from: 'gold' } },
        },
        { status: 403 },
      ),
    ),
  )
  const store = setup()
  await store.getState().load()
  expect(await store.getState().registerProject({ accountNumber: 'A-2002', projectName: 'Телефонизация завода' })).toBe(false)
  expect(store.getState()).toMatchObject({ busy: null, failedAction: 'project', written: null, actionError: { code: 'not_entitled', rule: 'AG-4' } })
  expect(store.getState().registrations?.map((registration) => registration.id)).toEqual(['reg-1'])
})

test('the kind filter is the query the relay takes, kept for the reloads after each action (AG-4)', async () => {
  const kinds: (string | null)[] = []
  server.use(
    http.get(`${RELAY_URL}/v1/registrations`, ({ request }) => {
      kinds.push(new URL(request.url).searchParams.get('kind'))
      return HttpResponse.json({ registrations: [buildProjectRegistration()] })
    }),
    http.post(`${RELAY_URL}/v1/projects/reg-2/discount`, async ({ request }) => {
      expect(await request.json()).toEqual({ discountBps: 1250 })
      return HttpResponse.json({ registration: buildProjectRegistration({ projectDiscountBps: 1250 }) })
    }),
  )
  const store = setup()
  await store.getState().load()
  await store.getState().load('project')
  expect(await store.getState().setDiscount('reg-2', 1250)).toBe(true)
  expect(kinds).toEqual([null, 'project', 'project'])
  expect(store.getState().written).toBeNull()
})

test('a renewal decision retried after a lost answer reuses its Idempotency-Key; the next decision gets a new one (X-6)', async () => {
  const keys: (string | null)[] = []
  let answers = 0
  server.use(
    relayGet('/v1/registrations', { registrations: [buildRegistration({ renewal: buildRenewal() })] }),
    http.post(`${RELAY_URL}/v1/registrations/reg-1/renewal/reject`, ({ request }) => {
      keys.push(request.headers.get('Idempotency-Key'))
      answers += 1
      if (answers === 1) return HttpResponse.json({ error: { code: 'unavailable', message: 'Try later' } }, { status: 503 })
      return HttpResponse.json({ registration: buildRegistration({ renewal: buildRenewal({ state: 'rejected', reason: 'Тендер отменён' }) }) })
    }),
  )
  const store = setup()
  await store.getState().load()
  expect(await store.getState().rejectRenewal('reg-1', ' Тендер отменён ')).toBe(false)
  expect(store.getState().failedAction).toBe('reject:reg-1')
  expect(await store.getState().rejectRenewal('reg-1', 'Тендер отменён')).toBe(true)
  expect(await store.getState().rejectRenewal('reg-1', 'Тендер отменён')).toBe(true)
  expect(keys[0]).toBeTruthy()
  expect(keys[1]).toBe(keys[0])
  expect(keys[2]).not.toBe(keys[0])
})

test('a renewal request sends the note only when there is one (AG-4)', async () => {
  const bodies: unknown[] = []
  server.use(
    relayGet('/v1/registrations', { registrations: [buildRegistration()] }),
    http.post(`${RELAY_URL}/v1/registrations/reg-1/renewal`, async ({ request }) => {
      bodies.push(await request.json())
      return HttpResponse.json({ registration: buildRegistration({ renewal: buildRenewal() }) }, { status: 201 })
    }),
  )
  const store = setup()
  await store.getState().load()
  expect(await store.getState().requestRenewal('reg-1', '  ')).toBe(true)
  expect(await store.getState().requestRenewal('reg-1', 'Тендер перенесён')).toBe(true)
  expect(bodies).toEqual([{}, { note: 'Тендер перенесён' }])
})

test("partners for a lead carry their status's leads privilege, one status answer per status held (AG-PRIV)", async () => {
  const asked: string[] = []
  const privileges = { authorized: [{ id: 'vendorLeads', value: false }], silver: [{ id: 'vendorLeads', value: true }] }
  server.use(
    relayGet('/v1/partners', {
      partners: [
        buildPartner({ id: 'p-1', effectiveStatus: 'authorized' }),
        buildPartner({ id: 'p-2', effectiveStatus: 'silver' }),
        buildPartner({ id: 'p-3', effectiveStatus: 'silver', state: 'expelled' }),
      ],
    }),
    http.get(`${RELAY_URL}/v1/partners/:id/status`, ({ params }) => {
      asked.push(String(params.id))
      const status = params.id === 'p-1' ? 'authorized' : 'silver'
      return HttpResponse.json(buildPartnerStatus({ partnerId: String(params.id), effectiveStatus: status, privileges: privileges[status] }))
    }),
  )
  const store = setup()
  expect(await store.getState().loadPartners()).toBe(true)
  expect(asked).toEqual(['p-1', 'p-2'])
  expect(store.getState().partners?.map(({ partner, leads }) => [partner.id, leads])).toEqual([
    ['p-1', false],
    ['p-2', true],
    ['p-3', true],
  ])
})

test('a lead handed over is kept to show; a refusal for the privilege keeps the reason (AG-PRIV)', async () => {
  const lead = buildRegistration({ id: 'reg-9', source: 'vendor-lead', partnerId: 'p-2', partnerName: 'ООО «Луч»' })
  server.use(relayGet('/v1/registrations', { registrations: [] }), relayError('post', '/v1/leads', 'not_entitled', 403, 'AG-PRIV'))
  const store = setup()
  await store.getState().load()
  expect(await store.getState().handOverLead({ partnerId: 'p-1', accountNumber: 'A-3003', name: 'ООО «Новый»' })).toBe(false)
  expect(store.getState()).toMatchObject({ failedAction: 'lead', written: null, registrations: [], actionError: { code: 'not_entitled', rule: 'AG-PRIV' } })
  server.use(
    http.post(`${RELAY_URL}/v1/leads`, async ({ request }) => {
      expect(await request.json()).toEqual({ partnerId: 'p-2', accountNumber: 'A-3003', name: 'ООО «Новый»' })
      return HttpResponse.json({ registration: lead }, { status: 201 })
    }),
  )
  expect(await store.getState().handOverLead({ partnerId: 'p-2', accountNumber: 'A-3003', name: 'ООО «Новый»' })).toBe(true)
  expect(store.getState()).toMatchObject({ failedAction: null, actionError: null, written: { id: 'reg-9', source: 'vendor-lead' } })
})
