import { HttpResponse, http } from 'msw'
import { expect, test, vi } from 'vitest'
import { createRelayClient } from '../client/create-relay-client'
import { createStatusClient } from '../client/create-status-client'
import { buildHost } from '../testing/fake-host'
import { buildPartner } from '../testing/fixtures'
import { RELAY_URL, relayError, relayGet, useRelayServer } from '../testing/relay-server'
import { buildPartnerStatus } from '../testing/status-fixtures'
import { createPartnerAdminStore, type PartnerAdminState } from './create-partner-admin-store'

const server = useRelayServer()

/** A store with partner p-1 open; counts the reads of its status. */
const setup = async () => {
  const reads = { count: 0 }
  server.use(
    http.get(`${RELAY_URL}/v1/partners/p-1/status`, () => {
      reads.count += 1
      return HttpResponse.json(buildPartnerStatus())
    }),
  )
  const onChanged = vi.fn()
  const store = createPartnerAdminStore({ client: createStatusClient(createRelayClient({ baseUrl: RELAY_URL }).caller), host: buildHost(), onChanged })
  store.getState().open('p-1')
  await vi.waitFor(() => expect(store.getState().partner?.getState().phase).toBe('ready'))
  return { store, reads, onChanged, status: () => store.getState().partner?.getState().status }
}

/** Answers a write with the given status and keeps what was sent. */
const answer = (method: 'post' | 'put', path: string, status = buildPartnerStatus()) => {
  const sent: { body: unknown; key: string | null }[] = []
  server.use(
    http[method](RELAY_URL + path, async ({ request }) => {
      sent.push({ body: await request.json(), key: request.headers.get('Idempotency-Key') })
      return HttpResponse.json(status)
    }),
  )
  return sent
}

test('the partners load for the picker, and picking one loads its status', async () => {
  server.use(relayGet('/v1/partners', { partners: [buildPartner(), buildPartner({ id: 'p-2', name: 'ООО «Альфа»' })] }))
  const { store, status } = await setup()
  await store.getState().loadPartners()
  expect(store.getState().partners?.map((partner) => partner.name)).toEqual(['ООО «Ромашка»', 'ООО «Альфа»'])
  expect(status()?.partnerName).toBe('ООО «Ромашка»')
})

type Case = { label: string; method: 'post' | 'put'; path: string; body: unknown; kind: string; run: (state: PartnerAdminState) => Promise<boolean> }

test.each<Case>([
  {
    label: 'the agreement date (AG-3.1)',
    method: 'post',
    path: '/v1/partners/p-1/agreement',
    body: { signedOn: '2026-02-10' },
    kind: 'agreement',
    run: (s) => s.recordAgreement('2026-02-10'),
  },
  {
    label: 'evidence of a requirement (AG-REQ)',
    method: 'post',
    path: '/v1/partners/p-1/evidence',
    body: { requirement: 'customerTestimonial', recordedOn: '2026-11-02', note: 'Отзыв ООО «Вектор»' },
    kind: 'evidence',
    run: (s) => s.recordEvidence({ requirement: 'customerTestimonial', recordedOn: '2026-11-02', note: ' Отзыв ООО «Вектор» ' }),
  },
  {
    label: 'voided evidence (AG-REQ)',
    method: 'post',
    path: '/v1/evidence/ev-1/void',
    body: { reason: 'Не тот партнёр' },
    kind: 'void:ev-1',
    run: (s) => s.voidEvidence('ev-1', 'Не тот партнёр'),
  },
  {
    label: 'individual thresholds in kopecks (AG-REQ ***)',
    method: 'put',
    path: '/v1/partners/p-1/thresholds',
    body: { thresholds: { gold: 500_000_000 } },
    kind: 'thresholds',
    run: (s) => s.setThresholds({ gold: 500_000_000 }),
  },
  {
    label: 'a status change from a later date (AG-3)',
    method: 'post',
    path: '/v1/partners/p-1/status-changes',
    body: { status: 'silver', effectiveOn: '2027-01-01', reason: 'Нарушение сроков оплаты' },
    kind: 'change',
    run: (s) => s.changeStatus('silver', '2027-01-01', 'Нарушение сроков оплаты'),
  },
  {
    label: 'a status change today, with no date sent (AG-3)',
    method: 'post',
    path: '/v1/partners/p-1/status-changes',
    body: { status: 'silver', reason: 'Нарушение' },
    kind: 'change',
    run: (s) => s.changeStatus('silver', '', 'Нарушение'),
  },
  {
    label: 'a cancelled change',
    method: 'post',
    path: '/v1/status-changes/chg-1/cancel',
    body: { reason: 'Ошибка' },
    kind: 'cancel:chg-1',
    run: (s) => s.cancelChange('chg-1', 'Ошибка'),
  },
  {
    label: 'a renewal despite what is missing (AG-3.2)',
    method: 'post',
    path: '/v1/partners/p-1/renewal',
    body: { reason: 'Отчёт придёт в феврале' },
    kind: 'renew',
    run: (s) => s.renew('Отчёт придёт в феврале'),
  },
])('staff record $label: one key, and the answer shows at once', async ({ method, path, body, kind, run }) => {
  const sent = answer(method, path, buildPartnerStatus({ agreementSignedOn: '2026-02-10', statusName: 'Ответ relay' }))
  const { store, reads, onChanged, status } = await setup()
  expect(await run(store.getState())).toBe(true)
  expect(sent).toEqual([{ body, key: expect.any(String) }])
  expect(status()?.statusName).toBe('Ответ relay')
  expect(reads.count).toBe(1)
  expect(store.getState()).toMatchObject({ done: kind, busy: null, failedAction: null })
  expect(onChanged).toHaveBeenCalledTimes(1)
})

test("attaching to a network re-reads the partner's own status: the relay answers with the distributor's (AG-REQ)", async () => {
  const sent = answer('put', '/v1/partners/p-1/network-parent', buildPartnerStatus({ partnerId: 'p-9', partnerName: 'ООО «Дистрибьютор»' }))
  const { store, reads, status } = await setup()
  expect(await store.getState().setNetworkParent('p-9')).toBe(true)
  expect(sent.map((request) => request.body)).toEqual([{ parentPartnerId: 'p-9' }])
  expect(reads.count).toBe(2)
  expect(status()?.partnerId).toBe('p-1')
})

test('detaching sends no parent (AG-REQ)', async () => {
  const sent = answer('put', '/v1/partners/p-1/network-parent')
  const { store } = await setup()
  expect(await store.getState().setNetworkParent(null)).toBe(true)
  expect(sent.map((request) => request.body)).toEqual([{ parentPartnerId: null }])
})

test('a refused write keeps its rule for the screen and changes nothing (AG-3.1)', async () => {
  server.use(relayError('post', '/v1/partners/p-1/agreement', 'invalid_request', 400, 'AG-3.1'))
  const { store, onChanged, status } = await setup()
  const before = status()
  expect(await store.getState().recordAgreement('2099-01-01')).toBe(false)
  expect(store.getState()).toMatchObject({ failedAction: 'agreement', actionError: { code: 'invalid_request', rule: 'AG-3.1' }, busy: null, done: null })
  expect(status()).toBe(before)
  expect(onChanged).not.toHaveBeenCalled()
})

test('a retry after a lost answer reuses the Idempotency-Key, so the relay records it once (X-6)', async () => {
  const keys: (string | null)[] = []
  server.use(
    http.post(`${RELAY_URL}/v1/partners/p-1/renewal`, ({ request }) => {
      keys.push(request.headers.get('Idempotency-Key'))
      return keys.length === 1 ? HttpResponse.error() : HttpResponse.json(buildPartnerStatus())
    }),
  )
  const { store } = await setup()
  expect(await store.getState().renew('Отчёт придёт в феврале')).toBe(false)
  expect(store.getState().actionError?.code).toBe('network')
  expect(await store.getState().renew('Отчёт придёт в феврале')).toBe(true)
  expect(keys).toHaveLength(2)
  expect(keys[1]).toBe(keys[0])
})

test('a blank reason is caught before the round trip and names the field', async () => {
  const { store } = await setup()
  expect(await store.getState().renew('   ')).toBe(false)
  expect(store.getState()).toMatchObject({
    failedAction: 'renew',
    actionError: { code: 'invalid_request', details: [expect.objectContaining({ path: ['reason'] })] },
  })
})
