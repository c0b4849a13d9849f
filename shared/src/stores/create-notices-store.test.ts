import { HttpResponse, http } from 'msw'
import { describe, expect, test } from 'vitest'
import { createNoticeClient } from '../client/create-notice-client'
import { createRelayCaller } from '../client/create-relay-caller'
import type { TNotice } from '../contract/notices'
import { RELAY_URL, useRelayServer } from '../testing/relay-server'
import { createNoticesStore } from './create-notices-store'

const server = useRelayServer()

const notice = (id: string, overrides: Partial<TNotice> = {}): TNotice => ({
  id,
  kind: 'transfer.due',
  rule: 'AT-1.6',
  facts: { invoiceNumber: '2026-000002', accountNumber: '12345678', amountKop: 1_782_000, dueOn: '2026-12-09' },
  link: { screen: 'card', accountNumber: '12345678' },
  createdAt: '2026-12-04T09:00:00.000Z',
  readAt: null,
  ...overrides,
})

const setup = () =>
  createNoticesStore({ client: createNoticeClient(createRelayCaller({ baseUrl: RELAY_URL })), now: () => new Date('2026-12-07T10:00:00.000Z') })

describe('the notices list (AT-1.6)', () => {
  test('loads the notices with the unread count; one marked read is shown read, the others stay', async () => {
    const bodies: unknown[] = []
    server.use(
      http.get(`${RELAY_URL}/v1/notices`, () => HttpResponse.json({ notices: [notice('2'), notice('1')], unread: 2 })),
      http.post(`${RELAY_URL}/v1/notices/read`, async ({ request }) => {
        bodies.push(await request.json())
        return HttpResponse.json({ unread: 1 })
      }),
    )
    const store = setup()
    await store.getState().load()
    expect(store.getState()).toMatchObject({ phase: 'ready', unread: 2 })
    expect(await store.getState().markRead('2')).toBe(true)
    expect(bodies).toEqual([{ ids: ['2'] }])
    expect(store.getState().notices.map((n) => n.readAt)).toEqual(['2026-12-07T10:00:00.000Z', null])
    expect(store.getState()).toMatchObject({ unread: 1, busy: null })
  })

  test('a refused mark keeps the list as it was and the error for the screen', async () => {
    server.use(
      http.get(`${RELAY_URL}/v1/notices`, () => HttpResponse.json({ notices: [notice('1')], unread: 1 })),
      http.post(`${RELAY_URL}/v1/notices/read`, () => HttpResponse.json({ error: { code: 'not_found', message: 'No such notice: 1' } }, { status: 404 })),
    )
    const store = setup()
    await store.getState().load()
    expect(await store.getState().markRead()).toBe(false)
    expect(store.getState()).toMatchObject({ unread: 1, error: { code: 'not_found' }, notices: [{ readAt: null }] })
  })
})
