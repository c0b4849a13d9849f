// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact'
import { HttpResponse, http, type JsonBodyType } from 'msw'
import { afterEach, beforeAll, expect, test } from 'vitest'
import type { TPartnerStatusResponse } from '../../../contract/statuses'
import { statusRu } from '../../../i18n/status-ru'
import { mountOverview } from '../../../mount'
import { mountScreen } from '../../../mount/mount-screen'
import { buildHost } from '../../../testing/fake-host'
import { buildPartner, buildVendorOverview } from '../../../testing/fixtures'
import { preloadLazyParts } from '../../../testing/preload-lazy-parts'
import { RELAY_URL, relayGet, useRelayServer } from '../../../testing/relay-server'
import {
  buildAgatProgram,
  buildMeAgatVendor,
  buildPartnerStatus,
  buildProposal,
  buildReview,
  buildStatusBoard,
  buildStatusChange,
} from '../../../testing/status-fixtures'
import { StatusWords } from '../use-status-text'
import { PartnerAdmin } from './partner-admin'

beforeAll(preloadLazyParts)

const server = useRelayServer()
let unmount: (() => void) | undefined
afterEach(() => {
  unmount?.()
  cleanup()
})

const EVIDENCE = {
  id: 'ev-1',
  partnerId: 'p-1',
  requirement: 'customerTestimonial' as const,
  recordedOn: '2026-11-02',
  validUntil: null,
  note: 'Отзыв ООО «Вектор»',
  recordedBy: 'amocrm:7',
  voidedAt: null,
  voidReason: null,
  createdAt: '2026-11-02T09:00:00Z',
}
const FLAG = { kind: 'certificate' as const, dueOn: '2027-01-31', flaggedOn: '2027-01-31', missing: ['partnerReporting'] }

/** What the relay answers for p-1's status, and how often it was read. */
const relay = { status: buildPartnerStatus(), reads: 0 }

const partnerRoutes = (status: TPartnerStatusResponse) => {
  relay.status = status
  relay.reads = 0
  return [
    relayGet('/v1/partners', {
      partners: [
        buildPartner({ status: 'unauthorized', statusName: 'Партнёр без авторизации' }),
        buildPartner({ id: 'p-9', name: 'ООО «Дистрибьютор»', status: 'regional_distributor', statusName: 'Региональный дистрибьютор' }),
      ],
    }),
    http.get(`${RELAY_URL}/v1/partners/p-1/status`, () => {
      relay.reads += 1
      return HttpResponse.json(relay.status)
    }),
  ]
}

/** Staff pick p-1 in the panel on its own, as the status board shows it. */
const openPartner = async (status: Partial<TPartnerStatusResponse> = {}) => {
  server.use(
    ...partnerRoutes(buildPartnerStatus({ authorizedOn: null, evidence: [EVIDENCE], pendingChanges: [buildStatusChange({ source: 'staff' })], ...status })),
  )
  const element = document.body.appendChild(document.createElement('div'))
  unmount = mountScreen(element, buildHost({ entity: null }), () => (
    <StatusWords.Provider value={statusRu}>
      <div class="pr-grid">
        <PartnerAdmin program={buildAgatProgram()} named={[]} />
      </div>
    </StatusWords.Provider>
  ))
  await screen.findByRole('option', { name: 'ООО «Ромашка» — Партнёр без авторизации' })
  fireEvent.change(screen.getByLabelText('Партнёр'), { target: { value: 'p-1' } })
  await screen.findByRole('region', { name: 'Партнёрское соглашение' })
}

/** The relay takes a write, keeps what was sent and answers with `answer` (the next status read too). */
const accept = (method: 'post' | 'put', path: string, answer: TPartnerStatusResponse) => {
  const sent: { body: unknown; key: string | null }[] = []
  server.use(
    http[method](RELAY_URL + path, async ({ request }) => {
      sent.push({ body: await request.json(), key: request.headers.get('Idempotency-Key') })
      relay.status = answer
      return HttpResponse.json(answer)
    }),
  )
  return sent
}

const region = (name: string) => within(screen.getByRole('region', { name }))
const type = (element: HTMLElement, value: string) => fireEvent.input(element, { target: { value } })
const plain = (text: string | null | undefined) => (text ?? '').replace(/\s/g, ' ')

test('a partner named among held-back renewals opens from the status board; renewing it anyway clears the flag (AG-3.2)', async () => {
  let board = buildStatusBoard({
    flagged: [{ partnerId: 'p-1', partnerName: 'ООО «Ромашка»', status: 'authorized', statusName: 'Авторизованный партнёр', renewalFlags: [FLAG] }],
  })
  server.use(
    relayGet('/v1/me', buildMeAgatVendor()),
    relayGet('/v1/program', buildAgatProgram()),
    relayGet('/v1/overview', buildVendorOverview()),
    relayGet('/v1/registrations', { registrations: [] }),
    http.get(`${RELAY_URL}/v1/status-board`, () => HttpResponse.json(board)),
    ...partnerRoutes(buildPartnerStatus({ renewalFlags: [FLAG] })),
  )
  const sent = accept('post', '/v1/partners/p-1/renewal', buildPartnerStatus())
  const element = document.body.appendChild(document.createElement('div'))
  unmount = mountOverview(element, buildHost({ entity: null }))
  fireEvent.click(await screen.findByRole('tab', { name: 'Статусы' }))
  fireEvent.click(await screen.findByRole('button', { name: 'Открыть статус партнёра «ООО «Ромашка»»' }))
  const renewal = await screen.findByRole('region', { name: 'Продление вопреки требованиям' })
  expect(within(renewal).getByRole('button', { name: 'Продлить' })).toHaveProperty('disabled', true)
  type(within(renewal).getByLabelText('Причина'), 'Отчётность придёт в феврале')
  board = buildStatusBoard()
  fireEvent.click(within(renewal).getByRole('button', { name: 'Продлить' }))
  expect(await screen.findByText('Все продления прошли автоматически')).toBeTruthy()
  expect(sent).toEqual([{ body: { reason: 'Отчётность придёт в феврале' }, key: expect.any(String) }])
  expect(screen.queryByRole('region', { name: 'Продление вопреки требованиям' })).toBeNull()
})

test("a proposal's partner opens from the half-year review, to record what it lacks (AG-3.3b)", async () => {
  const review = buildReview({
    proposals: [buildProposal({ change: 'keep', proposedStatus: 'silver', proposedStatusName: 'Серебряный партнёр', eligible: [] })],
  })
  server.use(
    relayGet('/v1/me', buildMeAgatVendor()),
    relayGet('/v1/program', buildAgatProgram()),
    relayGet('/v1/overview', buildVendorOverview()),
    relayGet('/v1/reviews', { reviews: [{ ...review, proposals: undefined, partners: 1, upgrades: 0, downgrades: 0 }] }),
    relayGet('/v1/reviews/rev-1', { review }),
    ...partnerRoutes(buildPartnerStatus({ evidence: [EVIDENCE] })),
  )
  const element = document.body.appendChild(document.createElement('div'))
  unmount = mountOverview(element, buildHost({ entity: null }))
  fireEvent.click(await screen.findByRole('tab', { name: 'Полугодовые итоги' }))
  expect(screen.queryByRole('region', { name: 'Статус партнёра: записи вендора' })).toBeNull()
  fireEvent.click(await screen.findByRole('button', { name: 'Открыть итоги 2026-H1' }))
  fireEvent.click(await screen.findByRole('button', { name: 'Открыть статус партнёра «ООО «Ромашка»»' }))
  const evidence = await screen.findByRole('region', { name: 'Подтверждения требований' })
  expect(within(evidence).getByText('Отзыв ООО «Вектор»')).toBeTruthy()
  expect(relay.reads).toBe(1)
})

test('the agreement date is recorded and shows in the status at once (AG-3.1)', async () => {
  await openPartner()
  const sent = accept('post', '/v1/partners/p-1/agreement', buildPartnerStatus({ agreementSignedOn: '2026-02-15' }))
  type(region('Партнёрское соглашение').getByLabelText('Дата подписания'), '2026-02-15')
  fireEvent.click(screen.getByRole('button', { name: 'Записать дату' }))
  expect(await region('Партнёрское соглашение').findByText('Сохранено')).toBeTruthy()
  expect(sent).toEqual([{ body: { signedOn: '2026-02-15' }, key: expect.any(String) }])
  expect(region('Статус в программе').getByText('15.02.2026')).toBeTruthy()
  expect(relay.reads).toBe(1)
})

test('evidence of a requirement is recorded with its dates and listed (AG-REQ)', async () => {
  await openPartner({ evidence: [] })
  const recorded = {
    ...EVIDENCE,
    id: 'ev-2',
    requirement: 'certifiedSales' as const,
    recordedOn: '2026-10-01',
    validUntil: '2027-10-01',
    note: 'Сертификаты Иванова и Петрова',
  }
  const sent = accept('post', '/v1/partners/p-1/evidence', buildPartnerStatus({ evidence: [recorded] }))
  const evidence = region('Подтверждения требований')
  expect(evidence.getByText('Подтверждений пока нет')).toBeTruthy()
  fireEvent.change(evidence.getByLabelText('Требование'), { target: { value: 'certifiedSales' } })
  type(evidence.getByLabelText('Дата документа или события'), '2026-10-01')
  type(evidence.getByLabelText('Действует до (необязательно)'), '2027-10-01')
  type(evidence.getByLabelText('Основание: документ, ссылка, комментарий'), 'Сертификаты Иванова и Петрова')
  fireEvent.click(evidence.getByRole('button', { name: 'Записать подтверждение' }))
  expect(await evidence.findByText('Сертификаты Иванова и Петрова', { selector: '.pr-quote-text' })).toBeTruthy()
  expect(sent[0].body).toEqual({ requirement: 'certifiedSales', recordedOn: '2026-10-01', validUntil: '2027-10-01', note: 'Сертификаты Иванова и Петрова' })
  expect(evidence.getByText('от 01.10.2026 · до 01.10.2027 · amocrm:7')).toBeTruthy()
  await waitFor(() => expect(evidence.getByLabelText<HTMLTextAreaElement>('Основание: документ, ссылка, комментарий').value).toBe(''))
})

test('evidence recorded in error is voided with the reason and stays listed, struck out (AG-REQ)', async () => {
  await openPartner()
  const sent = accept(
    'post',
    '/v1/evidence/ev-1/void',
    buildPartnerStatus({ evidence: [{ ...EVIDENCE, voidedAt: '2026-11-03T09:00:00Z', voidReason: 'Отзыв другого партнёра' }] }),
  )
  fireEvent.click(screen.getByRole('button', { name: 'Аннулировать «Отзыв заказчика» от 02.11.2026' }))
  const form = screen.getByRole('form', { name: 'Аннулировать «Отзыв заказчика» от 02.11.2026' })
  type(within(form).getByLabelText('Причина'), 'Отзыв другого партнёра')
  fireEvent.click(within(form).getByRole('button', { name: 'Аннулировать' }))
  expect(await screen.findByText('Аннулировано: Отзыв другого партнёра')).toBeTruthy()
  expect(sent[0].body).toEqual({ reason: 'Отзыв другого партнёра' })
  expect(screen.queryByRole('button', { name: /^Аннулировать/ })).toBeNull()
})

test('individual thresholds are sent in kopecks, and the program’s come back on request (AG-REQ ***)', async () => {
  await openPartner()
  const individual = buildPartnerStatus({ thresholds: [{ status: 'gold', statusName: 'Золотой партнёр', thresholdKop: 500_000_000, isIndividual: true }] })
  const sent = accept('put', '/v1/partners/p-1/thresholds', individual)
  const thresholds = region('Индивидуальные пороги объёма')
  expect(plain(thresholds.getByText(/^Сейчас/).textContent)).toBe('Сейчас 7 000 000,00 ₽ — порог программы')
  type(thresholds.getByLabelText('Золотой партнёр'), '5 000 000')
  fireEvent.click(thresholds.getByRole('button', { name: 'Сохранить пороги' }))
  await thresholds.findByText('Сохранено')
  expect(plain(thresholds.getByText(/^Сейчас/).textContent)).toBe('Сейчас 5 000 000,00 ₽ — индивидуальный')
  const cleared = accept('put', '/v1/partners/p-1/thresholds', buildPartnerStatus())
  fireEvent.click(thresholds.getByRole('button', { name: 'Вернуть пороги программы' }))
  await waitFor(() => expect(plain(thresholds.getByText(/^Сейчас/).textContent)).toBe('Сейчас 7 000 000,00 ₽ — порог программы'))
  expect([...sent, ...cleared].map((request) => request.body)).toEqual([{ thresholds: { gold: 500_000_000 } }, { thresholds: {} }])
  await waitFor(() => expect(thresholds.getByLabelText<HTMLInputElement>('Золотой партнёр').value).toBe(''))
})

test('a threshold that is not a sum in rubles is caught on the spot and nothing is sent (AG-REQ ***)', async () => {
  await openPartner()
  const sent = accept('put', '/v1/partners/p-1/thresholds', buildPartnerStatus())
  type(screen.getByLabelText('Золотой партнёр'), '-5')
  fireEvent.click(screen.getByRole('button', { name: 'Сохранить пороги' }))
  expect(screen.getByText('Порог — целое число рублей, не меньше нуля')).toBeTruthy()
  expect(sent).toEqual([])
})

test("a partner without authorization is attached to a distributor's network, then detached (AG-REQ)", async () => {
  await openPartner()
  const distributor = buildPartnerStatus({ partnerId: 'p-9', partnerName: 'ООО «Дистрибьютор»' })
  const sent: unknown[] = []
  server.use(
    http.put(`${RELAY_URL}/v1/partners/p-1/network-parent`, async ({ request }) => {
      const body = (await request.json()) as { parentPartnerId: string | null }
      sent.push(body)
      relay.status = buildPartnerStatus({ authorizedOn: null, parentPartner: body.parentPartnerId ? { id: 'p-9', name: 'ООО «Дистрибьютор»' } : null })
      return HttpResponse.json(body.parentPartnerId ? distributor : relay.status)
    }),
  )
  const network = region('Сеть дистрибьютора')
  expect(network.queryByRole('option', { name: /ООО «Ромашка»/ })).toBeNull()
  fireEvent.change(network.getByLabelText('Дистрибьютор'), { target: { value: 'p-9' } })
  fireEvent.click(network.getByRole('button', { name: 'Включить в сеть' }))
  expect(await network.findByText('В сети «ООО «Дистрибьютор»»')).toBeTruthy()
  await network.findByText('Сохранено')
  expect(relay.reads).toBe(2)
  fireEvent.click(network.getByRole('button', { name: 'Вывести из сети' }))
  expect(await network.findByRole('button', { name: 'Включить в сеть' })).toBeTruthy()
  expect(sent).toEqual([{ parentPartnerId: 'p-9' }, { parentPartnerId: null }])
})

test('a partner with its own authorization is not offered a network (AG-REQ)', async () => {
  await openPartner({ authorizedOn: '2026-03-02' })
  expect(region('Сеть дистрибьютора').getByText('У партнёра своя авторизация: в сеть дистрибьютора он не входит.')).toBeTruthy()
  expect(screen.queryByRole('button', { name: 'Включить в сеть' })).toBeNull()
})

test('a status change from a later date is scheduled with its reason, and a pending one is cancelled (AG-3)', async () => {
  await openPartner({ pendingChanges: [] })
  const change = buildStatusChange({
    id: 'chg-2',
    toStatus: 'silver',
    toStatusName: 'Серебряный партнёр',
    effectiveOn: '2027-01-01',
    source: 'staff',
    reason: 'Решение вендора',
  })
  const sent = accept('post', '/v1/partners/p-1/status-changes', buildPartnerStatus({ pendingChanges: [change] }))
  const section = region('Изменить статус')
  expect(section.queryByRole('option', { name: 'Авторизованный партнёр' })).toBeNull()
  fireEvent.change(section.getByLabelText('Новый статус'), { target: { value: 'silver' } })
  type(section.getByLabelText('С даты (необязательно)'), '2027-01-01')
  type(section.getByLabelText('Причина'), 'Решение вендора')
  fireEvent.click(section.getByRole('button', { name: 'Изменить статус' }))
  fireEvent.click(await section.findByRole('button', { name: 'Отменить переход на «Серебряный партнёр» с 01.01.2027' }))
  expect(sent[0].body).toEqual({ status: 'silver', effectiveOn: '2027-01-01', reason: 'Решение вендора' })
  expect(region('Статус в программе').getByText('С 01.01.2027 — «Серебряный партнёр»')).toBeTruthy()

  const cancelled = accept('post', '/v1/status-changes/chg-2/cancel', buildPartnerStatus())
  const form = within(section.getByRole('form', { name: 'Отменить переход на «Серебряный партнёр» с 01.01.2027' }))
  type(form.getByLabelText('Причина'), 'Партнёр погасил долг')
  fireEvent.click(form.getByRole('button', { name: /^Отменить переход/ }))
  await waitFor(() => expect(section.queryByRole('button', { name: /^Отменить переход/ })).toBeNull())
  expect(cancelled[0].body).toEqual({ reason: 'Партнёр погасил долг' })
})

test('every button stays idle while an action is sent, and one key goes with the attempt (X-6)', async () => {
  await openPartner()
  let release = () => {}
  const keys: (string | null)[] = []
  server.use(
    http.post(`${RELAY_URL}/v1/partners/p-1/agreement`, async ({ request }) => {
      keys.push(request.headers.get('Idempotency-Key'))
      await new Promise<void>((resolve) => (release = resolve))
      return HttpResponse.json(buildPartnerStatus())
    }),
  )
  fireEvent.click(screen.getByRole('button', { name: 'Записать дату' }))
  const busy = screen.getByRole('button', { name: 'Записать дату' })
  await waitFor(() => expect(busy.getAttribute('aria-busy')).toBe('true'))
  expect(busy).toHaveProperty('disabled', true)
  expect(screen.getByRole('button', { name: 'Записать подтверждение' })).toHaveProperty('disabled', true)
  expect(screen.getByLabelText('Партнёр')).toHaveProperty('disabled', true)
  fireEvent.click(busy)
  release()
  expect(await screen.findByText('Сохранено')).toBeTruthy()
  expect(keys).toHaveLength(1)
  expect(keys[0]).toMatch(/\S{8,}/)
})

type BadInput = {
  label: string
  method: 'post' | 'put'
  path: string
  error: JsonBodyType
  /** Fills the form and sends it; answers the control whose text must survive. */
  fill: () => HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement
  kept: string
  message: string
  status?: Partial<TPartnerStatusResponse>
}

const fieldError = (path: string, rule?: string) => ({
  error: { code: 'invalid_request', message: `${path} is off`, ...(rule && { rule }), details: { fields: [{ path, message: 'off' }] } },
})

test.each<BadInput>([
  {
    label: 'an agreement signed in the future (AG-3.1)',
    method: 'post',
    path: '/v1/partners/p-1/agreement',
    error: fieldError('signedOn', 'AG-3.1'),
    fill: () => {
      const input = region('Партнёрское соглашение').getByLabelText<HTMLInputElement>('Дата подписания')
      type(input, '2099-01-01')
      fireEvent.click(screen.getByRole('button', { name: 'Записать дату' }))
      return input
    },
    kept: '2099-01-01',
    message: 'Проверьте поля: дата подписания (не позже сегодняшнего дня) — п. 3.1 Программы',
  },
  {
    label: 'evidence that ends before its date (AG-REQ)',
    method: 'post',
    path: '/v1/partners/p-1/evidence',
    error: fieldError('validUntil', 'AG-REQ'),
    fill: () => {
      const evidence = region('Подтверждения требований')
      type(evidence.getByLabelText('Действует до (необязательно)'), '2020-01-01')
      const note = evidence.getByLabelText<HTMLTextAreaElement>('Основание: документ, ссылка, комментарий')
      type(note, 'Сертификат')
      fireEvent.click(evidence.getByRole('button', { name: 'Записать подтверждение' }))
      return note
    },
    kept: 'Сертификат',
    message: 'Проверьте поля: действует до (не раньше даты подтверждения) — требования к статусам в Программе',
  },
  {
    label: 'a void reason the relay turns down (AG-REQ)',
    method: 'post',
    path: '/v1/evidence/ev-1/void',
    error: fieldError('reason'),
    fill: () => {
      fireEvent.click(screen.getByRole('button', { name: 'Аннулировать «Отзыв заказчика» от 02.11.2026' }))
      const form = within(screen.getByRole('form', { name: 'Аннулировать «Отзыв заказчика» от 02.11.2026' }))
      const reason = form.getByLabelText<HTMLTextAreaElement>('Причина')
      type(reason, 'x')
      fireEvent.click(form.getByRole('button', { name: 'Аннулировать' }))
      return reason
    },
    kept: 'x',
    message: 'Проверьте поля: причина — требования к статусам в Программе',
  },
  {
    label: 'a threshold for a status without a volume requirement (AG-REQ ***)',
    method: 'put',
    path: '/v1/partners/p-1/thresholds',
    error: fieldError('thresholds.gold', 'AG-REQ'),
    fill: () => {
      const input = screen.getByLabelText<HTMLInputElement>('Золотой партнёр')
      type(input, '5000000')
      fireEvent.click(screen.getByRole('button', { name: 'Сохранить пороги' }))
      return input
    },
    kept: '5000000',
    message: 'Проверьте поля: порог объёма (только для статусов с требованием к объёму) — требования к статусам в Программе',
  },
  {
    label: 'a distributor whose network may not take the partner (AG-REQ)',
    method: 'put',
    path: '/v1/partners/p-1/network-parent',
    error: {
      error: { code: 'invalid_state', message: 'Only a partner without its own authorization joins', rule: 'AG-REQ', details: { reason: 'member-authorized' } },
    },
    fill: () => {
      const select = screen.getByLabelText<HTMLSelectElement>('Дистрибьютор')
      fireEvent.change(select, { target: { value: 'p-9' } })
      fireEvent.click(screen.getByRole('button', { name: 'Включить в сеть' }))
      return select
    },
    kept: 'p-9',
    message: 'В сеть дистрибьютора входят только партнёры без собственной авторизации — требования к статусам в Программе',
  },
  {
    label: 'a status change dated in the past (AG-3)',
    method: 'post',
    path: '/v1/partners/p-1/status-changes',
    error: fieldError('effectiveOn'),
    fill: () => {
      const section = region('Изменить статус')
      fireEvent.change(section.getByLabelText('Новый статус'), { target: { value: 'silver' } })
      const date = section.getByLabelText<HTMLInputElement>('С даты (необязательно)')
      type(date, '2020-01-01')
      type(section.getByLabelText('Причина'), 'Решение вендора')
      fireEvent.click(section.getByRole('button', { name: 'Изменить статус' }))
      return date
    },
    kept: '2020-01-01',
    message: 'Проверьте поля: дата изменения (сегодня или позже) — п. 3 Программы',
  },
  {
    label: 'a cancellation without a usable reason',
    method: 'post',
    path: '/v1/status-changes/chg-1/cancel',
    error: fieldError('reason'),
    fill: () => {
      fireEvent.click(screen.getByRole('button', { name: 'Отменить переход на «Серебряный партнёр» с 01.01.2027' }))
      const form = within(screen.getByRole('form', { name: 'Отменить переход на «Серебряный партнёр» с 01.01.2027' }))
      const reason = form.getByLabelText<HTMLTextAreaElement>('Причина')
      type(reason, 'x')
      fireEvent.click(form.getByRole('button', { name: /^Отменить переход/ }))
      return reason
    },
    kept: 'x',
    message: 'Проверьте поля: причина — п. 3 Программы',
  },
  {
    label: 'a renewal reason the relay turns down (AG-3.2)',
    method: 'post',
    path: '/v1/partners/p-1/renewal',
    error: fieldError('reason'),
    status: { renewalFlags: [FLAG] },
    fill: () => {
      const renewal = region('Продление вопреки требованиям')
      const reason = renewal.getByLabelText<HTMLTextAreaElement>('Причина')
      type(reason, 'x')
      fireEvent.click(renewal.getByRole('button', { name: 'Продлить' }))
      return reason
    },
    kept: 'x',
    message: 'Проверьте поля: причина — п. 3.2 Программы',
  },
])('$label is shown in plain words with its rule, and nothing changes', async ({ method, path, error, fill, kept, message, status = {} }) => {
  await openPartner(status)
  let calls = 0
  server.use(
    http[method](RELAY_URL + path, () => {
      calls += 1
      return HttpResponse.json(error, { status: 400 })
    }),
  )
  const summary = () => screen.getByRole('region', { name: 'Статус в программе' }).textContent
  const before = summary()
  const control = fill()
  expect((await screen.findByRole('alert')).textContent).toBe(message)
  expect(calls).toBe(1)
  expect(control.value).toBe(kept)
  expect(screen.queryByText('Сохранено')).toBeNull()
  expect(relay.reads).toBe(1)
  expect(summary()).toBe(before)
})
