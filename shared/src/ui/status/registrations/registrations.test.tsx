// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact'
import { HttpResponse, http } from 'msw'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import type { TRegistration } from '../../../contract/registrations'
import { buildLedger, buildPartner, buildPartnerOverview, buildVendorOverview } from '../../../testing/fixtures'
import { useOverviewScreen } from '../../../testing/overview-screen'
import { buildProjectRegistration, buildRegistration, buildRenewal } from '../../../testing/registration-fixtures'
import { RELAY_URL, relayGet } from '../../../testing/relay-server'
import { buildAgatProgram, buildMeAgatPartner, buildMeAgatVendor, buildPartnerStatus, buildStatusBoard } from '../../../testing/status-fixtures'

const { server, show: showOverview } = useOverviewScreen()
beforeEach(() => {
  // Days left count from today in the program's zone: fix it at 20.06.2026.
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-06-20T09:00:00Z'))
})
afterEach(() => {
  vi.useRealTimers()
})

/** Formatted numbers use no-break spaces; compare them as plain text. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/\s/g, ' ')
const itemOf = (text: string) => within(screen.getByText(text).closest('li')!)
/** A relay failure with its rule and details, as the relay answers it. */
const refusal = (code: string, status: number, rule: string, details?: unknown) =>
  HttpResponse.json({ error: { code, message: `${code} from the relay`, rule, details } }, { status })

/** A list the relay serves and the writes change, as the relay would. */
const serveList = (initial: TRegistration[]) => {
  const list = { registrations: initial, kinds: [] as (string | null)[] }
  server.use(
    http.get(`${RELAY_URL}/v1/registrations`, ({ request }) => {
      list.kinds.push(new URL(request.url).searchParams.get('kind'))
      return HttpResponse.json({ registrations: list.registrations })
    }),
  )
  return list
}

const show = async (role: 'partner' | 'vendor', locale: 'ru' | 'en' = 'ru') => {
  server.use(
    relayGet('/v1/me', role === 'partner' ? buildMeAgatPartner() : buildMeAgatVendor()),
    relayGet('/v1/program', buildAgatProgram()),
    relayGet('/v1/overview', role === 'partner' ? buildPartnerOverview() : buildVendorOverview()),
    relayGet('/v1/ledger', buildLedger()),
  )
  showOverview({ locale })
  const tab = { partner: { ru: 'Статус', en: 'Status' }, vendor: { ru: 'Статусы', en: 'Statuses' } }[role][locale]
  fireEvent.click(await screen.findByRole('tab', { name: tab }))
  // The first test also waits for the screens' chunk to load.
  await screen.findByRole('heading', { name: locale === 'ru' ? 'Регистрации сделок' : 'Deal registrations' }, { timeout: 5000 })
}

const showPartner = async (status = buildPartnerStatus()) => {
  server.use(relayGet('/v1/partners/p-1/status', status))
  await show('partner')
  // Every partner test lists this registration: wait for the list.
  await screen.findByText('ООО «Вектор»', {}, { timeout: 5000 })
}

const openLeadForm = async () => {
  await show('vendor')
  fireEvent.click(await screen.findByRole('button', { name: 'Заполнить заявку' }))
}

const GOLD = buildPartnerStatus({ status: 'gold', statusName: 'Золотой партнёр', effectiveStatus: 'gold' })

/** Partners for a lead: a Gold one with the privilege, an Authorized one without, and an expelled one (AG-PRIV). */
const servePartners = () =>
  server.use(
    relayGet('/v1/status-board', buildStatusBoard()),
    relayGet('/v1/partners', {
      partners: [
        buildPartner({ id: 'p-1', name: 'ООО «Ромашка»', status: 'gold', statusName: 'Золотой партнёр', effectiveStatus: 'gold' }),
        buildPartner({ id: 'p-2', name: 'ООО «Луч»', status: 'authorized', statusName: 'Авторизованный партнёр', effectiveStatus: 'authorized' }),
        buildPartner({ id: 'p-3', name: 'ООО «Закат»', status: 'gold', statusName: 'Золотой партнёр', effectiveStatus: 'gold', state: 'expelled' }),
      ],
    }),
    http.get(`${RELAY_URL}/v1/partners/:id/status`, ({ params }) =>
      HttpResponse.json(buildPartnerStatus({ privileges: [{ id: 'vendorLeads', value: params.id === 'p-1' }] })),
    ),
  )

test("the partner sees each registration's validity, days left, expiry, renewal and project discount (AG-4, AG-DISC)", async () => {
  serveList([
    buildRegistration(),
    buildProjectRegistration({ projectDiscountBps: 1250, validUntil: '2026-09-01', renewal: buildRenewal({ state: 'rejected', reason: 'Тендер отменён' }) }),
    buildRegistration({ id: 'reg-3', clientName: 'ООО «Север»', state: 'released', reason: 'expired', validUntil: '2026-05-01' }),
    buildRegistration({ id: 'reg-4', clientName: 'ООО «Юг»', validUntil: '2026-06-15', renewal: buildRenewal() }),
  ])
  await showPartner()
  const active = itemOf('ООО «Вектор»')
  expect(active.getByText('Действует')).toBeTruthy()
  expect(active.getByText('Защищена до 30.06.2026 · осталось дней: 10')).toBeTruthy()
  expect(active.getByRole('button', { name: 'Запросить продление' })).toBeTruthy()
  const project = itemOf('Телефонизация завода')
  expect(project.getByText('Проект · АО «Сигнал» · A-2002')).toBeTruthy()
  expect(project.getByText('В продлении отказано: Тендер отменён')).toBeTruthy()
  expect(plain(project.getByText(/Скидка по проекту/).textContent)).toBe('Скидка по проекту: 12,5 %')
  const expired = itemOf('ООО «Север»')
  expect(expired.getByText('Истекла')).toBeTruthy()
  expect(expired.getByText('Срок защиты истёк 01.05.2026')).toBeTruthy()
  expect(expired.queryByRole('button', { name: 'Запросить продление' })).toBeNull()
  const lapsed = itemOf('ООО «Юг»')
  expect(lapsed.getByText('Срок истёк')).toBeTruthy()
  expect(lapsed.getByText('Продление запрошено 20.06.2026, ждёт решения вендора')).toBeTruthy()
  expect(lapsed.queryByRole('button', { name: 'Запросить продление' })).toBeNull()
  // An Authorized partner registers no projects: it is told from which status it may (AG-4).
  expect(screen.getByText('Регистрация проектов открыта со статуса «Золотой партнёр» (п. 4 Программы).')).toBeTruthy()
  expect(screen.queryByRole('form', { name: 'Зарегистрировать проект' })).toBeNull()
})

test('the partner asks to renew a registration nearing its end: one key, busy while sent, the list shows the request (AG-4, X-6)', async () => {
  const list = serveList([buildRegistration()])
  let release: () => void = () => undefined
  const sent: { body: unknown; key: string | null }[] = []
  server.use(
    http.post(`${RELAY_URL}/v1/registrations/reg-1/renewal`, async ({ request }) => {
      sent.push({ body: await request.json(), key: request.headers.get('Idempotency-Key') })
      await new Promise<void>((resolve) => (release = resolve))
      list.registrations = [buildRegistration({ renewal: buildRenewal({ note: 'Тендер перенесён на июль' }) })]
      return HttpResponse.json({ registration: list.registrations[0] }, { status: 201 })
    }),
  )
  await showPartner()
  fireEvent.click(screen.getByRole('button', { name: 'Запросить продление' }))
  fireEvent.input(screen.getByLabelText('Комментарий к запросу продления (необязательно)'), { target: { value: 'Тендер перенесён на июль' } })
  const submit = screen.getByRole('button', { name: 'Запросить продление' })
  fireEvent.click(submit)
  await waitFor(() => expect(sent).toHaveLength(1))
  expect((submit as HTMLButtonElement).disabled).toBe(true)
  fireEvent.click(submit)
  release()
  expect(await screen.findByText('Продление запрошено 20.06.2026, ждёт решения вендора')).toBeTruthy()
  expect(screen.getByText('Тендер перенесён на июль')).toBeTruthy()
  expect(sent).toEqual([{ body: { note: 'Тендер перенесён на июль' }, key: expect.any(String) }])
})

test('a Gold partner registers a project and sees it in the list (AG-4)', async () => {
  const list = serveList([buildRegistration()])
  let body: unknown
  server.use(
    http.post(`${RELAY_URL}/v1/projects`, async ({ request }) => {
      body = await request.json()
      list.registrations = [buildProjectRegistration({ state: 'requested', validUntil: null, decidedAt: null }), ...list.registrations]
      return HttpResponse.json({ registration: list.registrations[0] }, { status: 201 })
    }),
  )
  await showPartner(GOLD)
  const form = within(screen.getByRole('form', { name: 'Зарегистрировать проект' }))
  fireEvent.input(form.getByLabelText('Номер аккаунта клиента'), { target: { value: ' A-2002 ' } })
  fireEvent.input(form.getByLabelText('Название проекта'), { target: { value: 'Телефонизация завода' } })
  fireEvent.click(form.getByRole('button', { name: 'Зарегистрировать проект' }))
  expect(await screen.findByText('Проект «Телефонизация завода» зарегистрирован')).toBeTruthy()
  await screen.findByText('Телефонизация завода')
  expect(itemOf('Телефонизация завода').getByText('На рассмотрении')).toBeTruthy()
  expect(itemOf('Телефонизация завода').getByText('Скидку по проекту ещё не назначил вендор (п. 1.2 Программы)')).toBeTruthy()
  expect(body).toEqual({ accountNumber: 'A-2002', projectName: 'Телефонизация завода' })
  expect((form.getByLabelText('Название проекта') as HTMLInputElement).value).toBe('')
})

test('a project the relay refuses says why with the rule and changes nothing (AG-4)', async () => {
  const list = serveList([buildRegistration()])
  server.use(http.post(`${RELAY_URL}/v1/projects`, () => refusal('not_entitled', 403, 'AG-4', { reason: 'status-too-low', from: 'gold' })))
  await showPartner(GOLD)
  const form = within(screen.getByRole('form', { name: 'Зарегистрировать проект' }))
  fireEvent.input(form.getByLabelText('Номер аккаунта клиента'), { target: { value: 'A-2002' } })
  fireEvent.input(form.getByLabelText('Название проекта'), { target: { value: 'Телефонизация завода' } })
  fireEvent.click(form.getByRole('button', { name: 'Зарегистрировать проект' }))
  expect((await form.findByRole('alert')).textContent).toBe('На этом статусе регистрация проектов ещё недоступна (п. 4 Программы)')
  expect((form.getByLabelText('Название проекта') as HTMLInputElement).value).toBe('Телефонизация завода')
  expect(screen.queryByText(/зарегистрирован$/)).toBeNull()
  expect(screen.queryByText('Телефонизация завода')).toBeNull()
  expect(list.kinds).toEqual([null])
})

test('staff see renewals waiting first and approve one: the list shows the new end (AG-4)', async () => {
  const list = serveList([buildProjectRegistration(), buildRegistration({ renewal: buildRenewal() })])
  servePartners()
  let key: string | null = null
  server.use(
    http.post(`${RELAY_URL}/v1/registrations/reg-1/renewal/approve`, async ({ request }) => {
      key = request.headers.get('Idempotency-Key')
      expect(await request.json()).toEqual({})
      list.registrations = [
        buildProjectRegistration(),
        buildRegistration({ validUntil: '2026-09-28', renewal: buildRenewal({ state: 'approved', validUntilAfter: '2026-09-28' }) }),
      ]
      return HttpResponse.json({ registration: list.registrations[1] })
    }),
  )
  await show('vendor')
  expect(await screen.findByText('Ждут продления: 1')).toBeTruthy()
  const first = screen.getByRole('heading', { name: 'Регистрации сделок' }).closest('section')!.querySelector('li')!
  expect(within(first).getByText('ООО «Вектор»')).toBeTruthy()
  expect(within(first).getByText('Клиент · A-1001 · ООО «Ромашка»')).toBeTruthy()
  fireEvent.click(within(first).getByRole('button', { name: 'Продлить' }))
  expect(await screen.findByText('Продлена до 28.09.2026')).toBeTruthy()
  expect(screen.queryByText('Ждут продления: 1')).toBeNull()
  expect(key).toBeTruthy()
})

test('staff refuse a renewal only with a reason; a refusal the relay rejects is shown under it (AG-4)', async () => {
  serveList([buildRegistration({ renewal: buildRenewal() })])
  servePartners()
  let calls = 0
  server.use(
    http.post(`${RELAY_URL}/v1/registrations/reg-1/renewal/reject`, () => {
      calls += 1
      return refusal('invalid_state', 409, 'AG-4')
    }),
  )
  await show('vendor')
  const item = within((await screen.findByText('ООО «Вектор»')).closest('li')!)
  fireEvent.click(item.getByRole('button', { name: 'Отказать в продлении' }))
  const submit = item.getByRole('button', { name: 'Отказать в продлении' }) as HTMLButtonElement
  expect(submit.disabled).toBe(true)
  fireEvent.input(item.getByLabelText('Причина отказа'), { target: { value: 'Тендер отменён' } })
  fireEvent.click(submit)
  expect((await item.findByRole('alert')).textContent).toBe('Действие недоступно в текущем состоянии — обновите карточку — п. 4 Программы')
  expect(item.getByText('Продление запрошено 20.06.2026, ждёт решения вендора')).toBeTruthy()
  expect(calls).toBe(1)
})

test('staff set a project discount in percent, sent in basis points; an impossible percent is refused before sending (AG-DISC)', async () => {
  const list = serveList([buildProjectRegistration()])
  servePartners()
  const bodies: unknown[] = []
  server.use(
    http.post(`${RELAY_URL}/v1/projects/reg-2/discount`, async ({ request }) => {
      bodies.push(await request.json())
      list.registrations = [buildProjectRegistration({ projectDiscountBps: 1250 })]
      return HttpResponse.json({ registration: list.registrations[0] })
    }),
  )
  await show('vendor')
  const item = within((await screen.findByText('Телефонизация завода')).closest('li')!)
  fireEvent.input(item.getByLabelText('Скидка по проекту, %'), { target: { value: '120' } })
  fireEvent.click(item.getByRole('button', { name: 'Назначить скидку' }))
  expect(item.getByRole('alert').textContent).toBe('Скидка — число от 0 до 100, не больше двух знаков после запятой, например 12,5 (п. 1.2 Программы)')
  expect(bodies).toEqual([])
  fireEvent.input(item.getByLabelText('Скидка по проекту, %'), { target: { value: '12,5' } })
  fireEvent.click(item.getByRole('button', { name: 'Назначить скидку' }))
  await waitFor(() => expect(plain(item.getByText(/Скидка по проекту:/).textContent)).toBe('Скидка по проекту: 12,5 %'))
  expect(bodies).toEqual([{ discountBps: 1250 }])
  expect(item.queryByRole('alert')).toBeNull()
})

test('staff filter the registrations by kind, the filter the query supports (AG-4)', async () => {
  const list = serveList([buildRegistration(), buildProjectRegistration()])
  servePartners()
  await show('vendor')
  await screen.findByText('Телефонизация завода')
  list.registrations = [buildProjectRegistration()]
  fireEvent.change(screen.getByLabelText('Показать'), { target: { value: 'project' } })
  await waitFor(() => expect(screen.queryByText('ООО «Вектор»')).toBeNull())
  expect(list.kinds).toEqual([null, 'project'])
})

test('staff hand a lead only to a partner with the leads privilege and see the registration it made (AG-PRIV)', async () => {
  const list = serveList([])
  servePartners()
  let body: unknown
  server.use(
    http.post(`${RELAY_URL}/v1/leads`, async ({ request }) => {
      body = await request.json()
      list.registrations = [
        buildRegistration({ id: 'reg-9', source: 'vendor-lead', accountNumber: 'A-3003', clientName: 'ООО «Новый»', validUntil: '2026-09-18' }),
      ]
      return HttpResponse.json({ registration: list.registrations[0] }, { status: 201 })
    }),
  )
  await openLeadForm()
  const form = within(await screen.findByRole('form', { name: 'Передать заявку заказчика' }))
  const partner = (await form.findByLabelText('Партнёр')) as HTMLSelectElement
  expect([...partner.options].map((option) => option.textContent)).toEqual(['ООО «Ромашка» — Золотой партнёр'])
  expect(form.getByText('Не предлагаются: 2')).toBeTruthy()
  expect(form.getByText('ООО «Луч» — статус «Авторизованный партнёр» не даёт этой привилегии')).toBeTruthy()
  expect(form.getByText('ООО «Закат» — исключён из программы')).toBeTruthy()
  fireEvent.input(form.getByLabelText('Номер аккаунта клиента'), { target: { value: 'A-3003' } })
  fireEvent.input(form.getByLabelText('Название клиента'), { target: { value: 'ООО «Новый»' } })
  fireEvent.input(form.getByLabelText('Страна'), { target: { value: 'ru' } })
  fireEvent.click(form.getByRole('button', { name: 'Передать заявку' }))
  expect(await screen.findByText('Заявка передана партнёру «ООО «Ромашка»»: ООО «Новый»')).toBeTruthy()
  expect(body).toEqual({ partnerId: 'p-1', accountNumber: 'A-3003', name: 'ООО «Новый»', country: 'RU' })
  // Shown under the form, and in the refreshed list.
  await waitFor(() => expect(screen.getAllByText('Клиент · A-3003 · ООО «Ромашка» · заявка от вендора')).toHaveLength(2))
  expect(screen.getAllByText('Защищена до 18.09.2026 · осталось дней: 90')).toHaveLength(2)
})

test('a lead refused for the privilege says so in plain words and keeps the form (AG-PRIV)', async () => {
  const list = serveList([])
  servePartners()
  server.use(http.post(`${RELAY_URL}/v1/leads`, () => refusal('not_entitled', 403, 'AG-PRIV', { reason: 'no-vendor-leads', status: 'authorized' })))
  await openLeadForm()
  const form = within(await screen.findByRole('form', { name: 'Передать заявку заказчика' }))
  await form.findByLabelText('Партнёр')
  fireEvent.input(form.getByLabelText('Номер аккаунта клиента'), { target: { value: 'A-3003' } })
  fireEvent.click(form.getByRole('button', { name: 'Передать заявку' }))
  expect((await form.findByRole('alert')).textContent).toBe('Статус этого партнёра не даёт привилегии «Заявки заказчиков от вендора» (п. 2 Программы)')
  expect((form.getByLabelText('Номер аккаунта клиента') as HTMLInputElement).value).toBe('A-3003')
  expect(screen.queryByText(/Заявка передана/)).toBeNull()
  expect(list.kinds).toEqual([null])
})

test('a bad INN is caught before sending and named as the field (AG-PRIV)', async () => {
  serveList([])
  servePartners()
  let calls = 0
  server.use(
    http.post(`${RELAY_URL}/v1/leads`, () => {
      calls += 1
      return HttpResponse.json({})
    }),
  )
  await openLeadForm()
  const form = within(await screen.findByRole('form', { name: 'Передать заявку заказчика' }))
  await form.findByLabelText('Партнёр')
  fireEvent.input(form.getByLabelText('Номер аккаунта клиента'), { target: { value: 'A-3003' } })
  fireEvent.input(form.getByLabelText('ИНН'), { target: { value: '1234567890' } })
  fireEvent.click(form.getByRole('button', { name: 'Передать заявку' }))
  expect((await form.findByRole('alert')).textContent).toBe('Проверьте поля: ИНН')
  expect(calls).toBe(0)
})

test('the registrations speak English in an English CRM (AG-4)', async () => {
  serveList([buildRegistration()])
  servePartners()
  await show('vendor', 'en')
  expect(await screen.findByRole('heading', { name: 'Deal registrations' })).toBeTruthy()
  expect(await screen.findByText('Protected until 30/06/2026 · days left: 10')).toBeTruthy()
  fireEvent.click(screen.getByRole('button', { name: 'Fill in a request' }))
  expect(await screen.findByRole('form', { name: "Hand over a customer's request" })).toBeTruthy()
})

test("a new client's lead without a name: the relay's refusal names the fields, in the status words or the general ones (AG-PRIV)", async () => {
  serveList([])
  servePartners()
  server.use(
    http.post(`${RELAY_URL}/v1/leads`, () =>
      HttpResponse.json(
        {
          error: {
            code: 'invalid_request',
            message: 'Account A-3003 is not registered yet',
            details: {
              fields: [
                { path: 'name', message: 'Required for a new client' },
                { path: 'email', message: 'Invalid email' },
              ],
            },
          },
        },
        { status: 400 },
      ),
    ),
  )
  await openLeadForm()
  const form = within(await screen.findByRole('form', { name: 'Передать заявку заказчика' }))
  await form.findByLabelText('Партнёр')
  fireEvent.input(form.getByLabelText('Номер аккаунта клиента'), { target: { value: 'A-3003' } })
  fireEvent.click(form.getByRole('button', { name: 'Передать заявку' }))
  expect((await form.findByRole('alert')).textContent).toBe('Проверьте поля: название клиента, эл. почта')
})

test('a Gold partner pending exclusion is told why in words, with no project form and no renewal (AG-1.5)', async () => {
  serveList([buildRegistration()])
  await showPartner({ ...GOLD, partnerState: 'expulsion_pending', statusRule: 'AG-1.5' })
  expect(
    screen.getByText(
      'Повторное нарушение: вендор решает вопрос об исключении. Новые клиенты, закрепления и регистрации сделок недоступны; счета и оплаты ваших клиентов — доступны (п. 1.5 Программы).',
    ),
  ).toBeTruthy()
  expect(screen.queryByRole('form', { name: 'Зарегистрировать проект' })).toBeNull()
  expect(itemOf('ООО «Вектор»').queryByRole('button', { name: 'Запросить продление' })).toBeNull()
})
