import { HttpResponse, http } from 'msw'
import { expect, test } from 'vitest'
import { createRelayClient } from '../client/create-relay-client'
import { createStatusClient } from '../client/create-status-client'
import { RELAY_URL, relayGet, useRelayServer } from '../testing/relay-server'
import { buildProposal, buildReview } from '../testing/status-fixtures'
import { createReviewStore } from './create-review-store'

const server = useRelayServer()

const setup = () => createReviewStore({ client: createStatusClient(createRelayClient({ baseUrl: RELAY_URL }).caller) })

const twoPartners = buildReview({
  proposals: [
    buildProposal(),
    buildProposal({ partnerId: 'p-2', partnerName: 'ООО «Вектор»', proposedStatus: 'silver', proposedStatusName: 'Серебряный партнёр', change: 'keep' }),
  ],
})

test('computing a half-year opens its proposals (AG-3.3b)', async () => {
  let body: unknown
  server.use(
    relayGet('/v1/reviews', { reviews: [] }),
    http.post(`${RELAY_URL}/v1/reviews`, async ({ request }) => {
      body = await request.json()
      return HttpResponse.json({ review: twoPartners }, { status: 201 })
    }),
  )
  const store = setup()
  await store.getState().load()
  expect(store.getState().reviews).toEqual([])
  expect(await store.getState().compute(' 2026-H1 ')).toBe(true)
  expect(body).toEqual({ period: '2026-H1' })
  expect(store.getState().review?.proposals).toHaveLength(2)
})

test('a period that is not a half-year is refused before it is sent (AG-3.3b)', async () => {
  server.use(relayGet('/v1/reviews', { reviews: [] }))
  const store = setup()
  await store.getState().load()
  expect(await store.getState().compute('2026-Q3')).toBe(false)
  expect(store.getState().actionError).toMatchObject({ code: 'invalid_request', details: [expect.objectContaining({ path: ['period'] })] })
})

test.each([
  {
    label: 'confirming sends only the decisions staff changed (AG-3.3b)',
    status: 'authorized',
    note: ' Нет отчётности ',
    sent: { decisions: [{ partnerId: 'p-1', status: 'authorized', note: 'Нет отчётности' }] },
  },
  { label: 'a decision set back to the proposal is not sent (AG-3.3b)', status: 'gold', note: '', sent: {} },
])('$label', async ({ status, note, sent }) => {
  let body: unknown
  server.use(
    relayGet('/v1/reviews', { reviews: [] }),
    relayGet('/v1/reviews/rev-1', { review: twoPartners }),
    http.post(`${RELAY_URL}/v1/reviews/rev-1/confirm`, async ({ request }) => {
      body = await request.json()
      return HttpResponse.json({ review: { ...twoPartners, state: 'confirmed', confirmedAt: '2026-07-30T09:00:00Z' } })
    }),
  )
  const store = setup()
  await store.getState().load()
  expect(await store.getState().open('rev-1')).toBe(true)
  store.getState().decide('p-1', { status, note })
  expect(await store.getState().confirm()).toBe(true)
  expect(body).toEqual(sent)
  expect(store.getState().review?.state).toBe('confirmed')
})
