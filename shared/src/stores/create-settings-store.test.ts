import { HttpResponse, http } from 'msw'
import { expect, test } from 'vitest'
import { createRelayClient } from '../client/create-relay-client'
import { buildHost } from '../testing/fake-host'
import { buildMePartner } from '../testing/fixtures'
import { RELAY_URL, relayError, relayGet, useRelayServer } from '../testing/relay-server'
import { createSettingsStore } from './create-settings-store'

const server = useRelayServer()

const setup = (host = buildHost()) => ({
  host,
  store: createSettingsStore({ client: createRelayClient({ baseUrl: () => host.settings.get().relayUrl }), host }),
})

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
  server.use(
    relayGet('/v1/me', buildMePartner()),
    http.post('http://other.test/v1/installations', () =>
      HttpResponse.json({ installation: { crm: 'amocrm', account: '1', role: 'vendor' } }, { status: 201 }),
    ),
    http.get('http://other.test/v1/me', () => HttpResponse.json(buildMePartner({ role: 'vendor', partner: undefined }))),
  )
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

test("the form's own Save (Bitrix24) stores the values and links with a typed code, once however often it is pressed", async () => {
  let posts = 0
  server.use(
    http.get(`${RELAY_URL}/v1/me`, () =>
      posts > 0 ? HttpResponse.json(buildMePartner()) : HttpResponse.json({ error: { code: 'forbidden', message: 'no' } }, { status: 403 }),
    ),
    http.post(`${RELAY_URL}/v1/installations`, () => {
      posts += 1
      return HttpResponse.json({ installation: { crm: 'bitrix24', account: 'm-1', role: 'partner', partnerId: 'p-1' } }, { status: 201 })
    }),
  )
  const linked: string[] = []
  const host = buildHost({ settings: { accountField: '' } })
  const store = createSettingsStore({
    client: createRelayClient({ baseUrl: () => host.settings.get().relayUrl }),
    host,
    onLinked: (me) => linked.push(me.partner?.name ?? ''),
  })
  store.getState().setValue('accountField', 'UF_CRM_1')
  store.getState().setCode('K7-42QX')
  const [first, second] = await Promise.all([store.getState().save(), store.getState().linkInstallation()])
  expect([first, second, posts]).toEqual([true, true, 1])
  expect(host.settings.get().accountField).toBe('UF_CRM_1')
  expect(store.getState()).toMatchObject({ link: 'linked', code: '', error: null })
  expect(linked).toEqual(['ООО «Ромашка»'])
})

test.each([
  { label: 'a mistyped code is named as such', code: 'not_found', status: 404, shown: 'code_unknown' },
  { label: 'an expired code keeps its own reason', code: 'code_expired', status: 410, shown: 'code_expired' },
])('Save with a refused code keeps the code: $label', async ({ code, status, shown }) => {
  server.use(relayError('post', '/v1/installations', code, status))
  const { store } = setup()
  store.getState().setCode('K7-42QX')
  expect(await store.getState().save()).toBe(false)
  expect(store.getState()).toMatchObject({ code: 'K7-42QX', isSaved: true, error: { code: shown } })
})

test("the CRM's own Save goes on at once with no code typed, and waits for the link with one", async () => {
  server.use(relayError('post', '/v1/installations', 'code_used', 409))
  const { store } = setup(buildHost({ savedByCrm: true }))
  expect(await store.getState().confirmCrmSave()).toBe(true)
  store.getState().setCode('K7-42QX')
  expect(await store.getState().confirmCrmSave()).toBe(false)
  expect(store.getState()).toMatchObject({ code: 'K7-42QX', error: { code: 'code_used' } })
})
