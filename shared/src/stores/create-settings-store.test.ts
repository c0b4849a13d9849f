import { http, HttpResponse } from 'msw'
import { expect, test } from 'vitest'
import { createRelayClient } from '../client/create-relay-client'
import { buildHost } from '../testing/fake-host'
import { buildMePartner } from '../testing/fixtures'
import { RELAY_URL, relayError, relayGet, useRelayServer } from '../testing/relay-server'
import { createSettingsStore } from './create-settings-store'

const server = useRelayServer()

const setup = (host = buildHost()) => ({ host, store: createSettingsStore({ client: createRelayClient({ baseUrl: () => host.settings.get().relayUrl }), host }) })

test('a link code links the CRM and names the partner it was linked to', async () => {
  let linked = false
  server.use(
    http.get(`${RELAY_URL}/v1/me`, () =>
      linked ? HttpResponse.json(buildMePartner()) : HttpResponse.json({ error: { code: 'forbidden', message: 'not linked' } }, { status: 403 }),
    ),
    http.post(`${RELAY_URL}/v1/installations`, async ({ request }) => {
      expect(await request.json()).toEqual({ code: 'K7-42QX' })
      linked = true
      return HttpResponse.json({ installation: { crm: 'amocrm', account: '31000001', role: 'partner', partnerId: 'p-1' } }, { status: 201 })
    }),
  )
  const { store } = setup()
  await store.getState().checkLink()
  expect(store.getState()).toMatchObject({ link: 'unlinked', error: null })
  store.getState().setCode(' K7-42QX ')
  expect(await store.getState().linkInstallation()).toBe(true)
  expect(store.getState()).toMatchObject({ link: 'linked', code: '', me: { partner: { name: 'ООО «Ромашка»' } } })
})

test('a used code says so in words', async () => {
  server.use(relayError('post', '/v1/installations', 'code_used', 409))
  const { store } = setup()
  store.getState().setCode('K7-42QX')
  expect(await store.getState().linkInstallation()).toBe(false)
  expect(store.getState().error?.code).toBe('code_used')
})

test('in amoCRM every change is staged in the CRM form at once; the typed relay address is used for linking', async () => {
  server.use(relayGet('/v1/me', buildMePartner()), http.post('http://other.test/v1/installations', () =>
    HttpResponse.json({ installation: { crm: 'amocrm', account: '1', role: 'vendor' } }, { status: 201 })),
    http.get('http://other.test/v1/me', () => HttpResponse.json(buildMePartner({ role: 'vendor', partner: undefined }))))
  const { store, host } = setup(buildHost({ savedByCrm: true }))
  store.getState().setValue('accountField', 'Номер аккаунта')
  await Promise.resolve()
  expect(host.settings.get().accountField).toBe('Номер аккаунта')
  store.getState().setValue('relayUrl', 'http://other.test')
  store.getState().setCode('CODE-1')
  expect(await store.getState().linkInstallation()).toBe(true)
  expect(store.getState().me?.role).toBe('vendor')
})

test('an identity the relay could not verify is a failure to show, not an unlinked CRM', async () => {
  server.use(relayError('get', '/v1/me', 'unauthenticated', 401))
  const { store } = setup()
  await store.getState().checkLink()
  expect(store.getState()).toMatchObject({ link: 'failed', error: { code: 'unauthenticated' } })
})
