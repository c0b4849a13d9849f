import { HttpResponse, http } from 'msw'
import { describe, expect, test } from 'vitest'
import { createRelayClient } from '../client/create-relay-client'
import { buildHost } from '../testing/fake-host'
import { buildMePartner, buildMeVendor, buildPartnerCard, buildPin, buildVendorCard } from '../testing/fixtures'
import { RELAY_URL, relayError, relayGet, useRelayServer } from '../testing/relay-server'
import { createCardStore } from './create-card-store'

const server = useRelayServer()

const setup = (host = buildHost()) => createCardStore({ client: createRelayClient({ baseUrl: RELAY_URL }), host })

describe('loading a card', () => {
  test.each([
    { label: 'a pinned client shows the partner card', me: buildMePartner(), card: buildPartnerCard(), view: 'partner' },
    { label: "another partner's client shows only that it is taken (X-5)", me: buildMePartner(), card: { pinnedToOther: true }, view: undefined },
    { label: 'vendor staff see the vendor card', me: buildMeVendor(), card: buildVendorCard(), view: 'vendor' },
  ])('$label', async ({ me, card, view }) => {
    server.use(relayGet('/v1/me', me), relayGet('/v1/clients/A-1001', card))
    const store = setup()
    await store.getState().load()
    expect(store.getState()).toMatchObject({ phase: 'ready', isRegistered: true, accountSource: 'card', cardTitle: 'ООО «Вектор»' })
    expect((store.getState().card as { view?: string }).view).toBe(view)
  })

  test('an account the relay does not know is offered for registration (AT-1.1)', async () => {
    server.use(relayGet('/v1/me', buildMePartner()), relayError('get', '/v1/clients/A-1001', 'not_found', 404))
    const store = setup()
    await store.getState().load()
    expect(store.getState()).toMatchObject({ phase: 'ready', isRegistered: false, card: null, error: null })
  })

  test.each([
    { label: 'an unlinked CRM', code: 'forbidden', status: 403 },
    { label: 'an identity the relay could not verify', code: 'unauthenticated', status: 401 },
  ])('$label fails with the relay code, not a status', async ({ code, status }) => {
    server.use(relayError('get', '/v1/me', code, status))
    const store = setup()
    await store.getState().load()
    expect(store.getState().phase).toBe('failed')
    expect(store.getState().error?.code).toBe(code)
  })

  test('a card without an account number waits for one to be typed', async () => {
    server.use(relayGet('/v1/me', buildMePartner()), relayGet('/v1/clients/B-7', buildPartnerCard({ accountNumber: 'B-7' })))
    const store = setup(buildHost({ card: { accountNumber: null } }))
    await store.getState().load()
    expect(store.getState()).toMatchObject({ phase: 'ready', accountNumber: null, card: null })
    await store.getState().setAccountNumber(' B-7 ')
    expect(store.getState()).toMatchObject({ accountNumber: 'B-7', accountSource: 'typed', isRegistered: true })
  })
})

describe('partner actions', () => {
  const loaded = async (card: object) => {
    server.use(relayGet('/v1/me', buildMePartner()), relayGet('/v1/clients/A-1001', card))
    const store = setup()
    await store.getState().load()
    return store
  }

  test('registering with a pin request sends both, then shows the requested pin (AT-1.1, AT-1.2)', async () => {
    const sent: string[] = []
    const store = await loaded(buildPartnerCard({ pin: null }))
    server.use(
      http.post(`${RELAY_URL}/v1/clients`, async ({ request }) => {
        sent.push(`client ${JSON.stringify(await request.json())}`)
        return HttpResponse.json({ client: buildPartnerCard().client }, { status: 201 })
      }),
      http.post(`${RELAY_URL}/v1/pins`, async ({ request }) => {
        sent.push(`pin ${JSON.stringify(await request.json())}`)
        return HttpResponse.json({ pin: buildPin({ state: 'requested' }) }, { status: 201 })
      }),
      relayGet('/v1/clients/A-1001', buildPartnerCard({ pin: buildPin({ state: 'requested' }) })),
    )
    expect(await store.getState().register({ name: ' ООО «Вектор» ', inn: '7707083893', email: '', alsoPin: true })).toBe(true)
    expect(sent).toEqual(['client {"accountNumber":"A-1001","name":"ООО «Вектор»","inn":"7707083893"}', 'pin {"accountNumber":"A-1001"}'])
    expect(store.getState().card).toMatchObject({ pin: { state: 'requested' } })
  })

  test('a refused pin request keeps the rule the relay named (AT-1.2a)', async () => {
    const store = await loaded(buildPartnerCard({ pin: null }))
    server.use(relayError('post', '/v1/pins', 'pin_conflict', 409, 'AT-1.2a'))
    expect(await store.getState().requestPin()).toBe(false)
    expect(store.getState().actionError).toMatchObject({ code: 'pin_conflict', rule: 'AT-1.2a' })
    expect(store.getState().busy).toBeNull()
  })

  test('a retry after a lost answer reuses the Idempotency-Key (X-6)', async () => {
    const keys: (string | null)[] = []
    const store = await loaded(buildPartnerCard({ pin: null }))
    let calls = 0
    server.use(
      http.post(`${RELAY_URL}/v1/pins`, ({ request }) => {
        keys.push(request.headers.get('idempotency-key'))
        return ++calls === 1 ? HttpResponse.error() : HttpResponse.json({ pin: buildPin({ state: 'requested' }) }, { status: 201 })
      }),
    )
    expect(await store.getState().requestPin()).toBe(false)
    expect(store.getState().actionError?.code).toBe('network')
    expect(await store.getState().requestPin()).toBe(true)
    expect(keys).toHaveLength(2)
    expect(keys[0]).toBeTruthy()
    expect(keys[1]).toBe(keys[0])
  })

  test('a second press while the first is on its way sends nothing', async () => {
    let calls = 0
    const store = await loaded(buildPartnerCard({ pin: null }))
    server.use(
      http.post(`${RELAY_URL}/v1/pins`, () => {
        calls++
        return HttpResponse.json({ pin: buildPin({ state: 'requested' }) }, { status: 201 })
      }),
    )
    const results = await Promise.all([store.getState().requestPin(), store.getState().requestPin()])
    expect(results).toEqual([true, false])
    expect(calls).toBe(1)
  })
})

describe('vendor actions', () => {
  test('releasing a pin sends the reason and the notice reference (AT-4.5)', async () => {
    let body: unknown
    server.use(
      relayGet('/v1/me', buildMeVendor()),
      relayGet('/v1/clients/A-1001', buildVendorCard()),
      http.post(`${RELAY_URL}/v1/pins/pin-1/release`, async ({ request }) => {
        body = await request.json()
        return HttpResponse.json({ pin: buildPin({ state: 'released', reason: 'client-request' }) })
      }),
    )
    const store = setup()
    await store.getState().load()
    expect(await store.getState().decidePin('release', 'pin-1', { reason: 'client-request', reference: ' № 12 от 01.04.2026 ' })).toBe(true)
    expect(body).toEqual({ reason: 'client-request', reference: '№ 12 от 01.04.2026' })
  })
})

test('an account registered meanwhile by someone else turns into the pin request (AT-1.1)', async () => {
  server.use(relayGet('/v1/me', buildMePartner()), relayError('get', '/v1/clients/A-1001', 'not_found', 404))
  const store = setup()
  await store.getState().load()
  server.use(
    relayError('post', '/v1/clients', 'already_registered', 409, 'AT-1.1'),
    relayGet('/v1/clients/A-1001', buildPartnerCard({ client: null, pin: null })),
  )
  expect(await store.getState().register({ name: 'ООО «Вектор»', alsoPin: true })).toBe(false)
  expect(store.getState()).toMatchObject({ isRegistered: true, card: { client: null, pin: null }, actionError: { code: 'already_registered' } })
})

describe('a typed account number (AT-1.1)', () => {
  const me = buildMePartner({ program: { id: 'atrealt', name: 'ATRealt', accountNumberDigits: 8 } })
  const noNumber = (overrides: Parameters<typeof buildHost>[0] = {}) => {
    const saved: string[] = []
    const host = buildHost({
      card: { accountNumber: null },
      saveAccountNumber: async (value) => {
        saved.push(value)
      },
      ...overrides,
    })
    return { store: setup(host), saved }
  }

  test('a number not of the program format is refused before anything is asked or written, in words with the format', async () => {
    const asked: string[] = []
    server.use(
      relayGet('/v1/me', me),
      http.get(`${RELAY_URL}/v1/clients/:number`, ({ params }) => {
        asked.push(String(params.number))
        return HttpResponse.json(buildPartnerCard())
      }),
    )
    const { store, saved } = noNumber()
    await store.getState().load()
    expect(await store.getState().setAccountNumber('abc')).toBe(false)
    expect(store.getState()).toMatchObject({ accountNumber: null, failedAction: 'account', actionError: { code: 'invalid_request', rule: 'AT-1.1' } })
    expect(store.getState().actionError?.details).toEqual({ fields: [{ path: 'accountNumber', reason: 'account_number_format', digits: 8 }] })
    expect(asked).toEqual([])
    expect(saved).toEqual([])
  })

  test('a good number the relay knows is saved into the CRM card', async () => {
    server.use(relayGet('/v1/me', me), relayGet('/v1/clients/31000009', buildPartnerCard({ accountNumber: '31000009' })))
    const { store, saved } = noNumber()
    await store.getState().load()
    expect(await store.getState().setAccountNumber(' 31000009 ')).toBe(true)
    expect(saved).toEqual(['31000009'])
    expect(store.getState()).toMatchObject({ accountNumber: '31000009', accountSource: 'typed', cardSave: 'saved' })
  })

  test('a good number the relay does not know is saved only once the client is registered', async () => {
    server.use(relayGet('/v1/me', me), relayError('get', '/v1/clients/31000009', 'not_found', 404))
    const { store, saved } = noNumber()
    await store.getState().load()
    await store.getState().setAccountNumber('31000009')
    expect(saved).toEqual([])
    server.use(
      http.post(`${RELAY_URL}/v1/clients`, () => HttpResponse.json({ client: buildPartnerCard().client }, { status: 201 })),
      relayGet('/v1/clients/31000009', buildPartnerCard({ accountNumber: '31000009', pin: null })),
    )
    expect(await store.getState().register({ name: 'ООО «Заря»', alsoPin: false })).toBe(true)
    expect(saved).toEqual(['31000009'])
  })

  test("the CRM's refusal to save is said, and the registration stands", async () => {
    server.use(relayGet('/v1/me', me), relayError('get', '/v1/clients/31000009', 'not_found', 404))
    const { store } = noNumber({
      saveAccountNumber: async () => {
        throw new Error('amoCRM answered 403')
      },
    })
    await store.getState().load()
    await store.getState().setAccountNumber('31000009')
    server.use(
      http.post(`${RELAY_URL}/v1/clients`, () => HttpResponse.json({ client: buildPartnerCard().client }, { status: 201 })),
      relayGet('/v1/clients/31000009', buildPartnerCard({ accountNumber: '31000009', pin: null })),
    )
    expect(await store.getState().register({ name: 'ООО «Заря»', alsoPin: false })).toBe(true)
    expect(store.getState()).toMatchObject({ cardSave: 'refused', isRegistered: true, actionError: null, card: { accountNumber: '31000009' } })
  })

  test('a number read from the card is never written back', async () => {
    const saved: string[] = []
    server.use(relayGet('/v1/me', me), relayGet('/v1/clients/A-1001', buildPartnerCard()))
    const store = setup(buildHost({ saveAccountNumber: async (value) => void saved.push(value) }))
    await store.getState().load()
    expect(saved).toEqual([])
  })
})
