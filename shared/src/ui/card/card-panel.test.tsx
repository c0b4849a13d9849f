// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact'
import { HttpResponse, http } from 'msw'
import { afterEach, beforeAll, describe, expect, test } from 'vitest'
import type { CrmHost } from '../../host/crm-host'
import { mountCard } from '../../mount'
import { buildHost } from '../../testing/fake-host'
import { buildInvoice, buildMePartner, buildPartnerCard, buildPin, buildProgram, buildQuote } from '../../testing/fixtures'
import { preloadLazyParts } from '../../testing/preload-lazy-parts'
import { RELAY_URL, relayError, relayGet, useRelayServer } from '../../testing/relay-server'

beforeAll(preloadLazyParts)

const server = useRelayServer()
let unmount: (() => void) | undefined
afterEach(() => {
  unmount?.()
  cleanup()
})

const show = (card: object, host: CrmHost = buildHost()) => {
  server.use(
    relayGet('/v1/me', buildMePartner()),
    relayGet('/v1/clients/A-1001', card),
    relayGet('/v1/program', buildProgram()),
    http.post(`${RELAY_URL}/v1/quotes`, () => HttpResponse.json(buildQuote())),
  )
  const element = document.createElement('div')
  document.body.append(element)
  unmount = mountCard(element, host)
  return element
}

const buildMePartnerClosedToPins = () => {
  const me = buildMePartner()
  return { ...me, partner: { ...me.partner!, mayRequestPins: false } }
}

describe('a partner sees where the client stands', () => {
  test.each([
    {
      label: 'no pin: offers the pin request (AT-1.2)',
      pin: null,
      expected: ['Подать заявку на закрепление', 'Без закрепления вознаграждение не начисляется (п. 1.2 Правил).'],
    },
    {
      label: 'requested: waits for the vendor',
      pin: buildPin({ state: 'requested', decidedAt: null }),
      expected: ['Заявка на рассмотрении', 'Заявка от 02.03.2026'],
    },
    {
      label: 'rejected: shows the reason and a new request (AT-1.2a)',
      pin: buildPin({ state: 'rejected', reason: 'Клиент ведёт переговоры с вендором' }),
      expected: ['Заявка отклонена', 'Причина: Клиент ведёт переговоры с вендором', 'Подать заявку снова'],
    },
    {
      label: "released on the client's notice: says so with the rule (AT-4.5)",
      pin: buildPin({ state: 'released', reason: 'client-request', reference: '№ 12 от 01.04.2026', releasedAt: '2026-04-02T10:00:00Z' }),
      expected: ['Закрепление снято', 'Причина: обращение клиента (п. 4.5 Правил)', 'Основание: № 12 от 01.04.2026'],
    },
    { label: 'approved: the new invoice form and its totals', pin: buildPin(), expected: ['с 03.03.2026', 'Новый счёт', 'К оплате вендору', '47 520,00 ₽'] },
  ])('$label', async ({ pin, expected }) => {
    show(buildPartnerCard({ pin }))
    for (const text of expected) expect(await screen.findByText(text, { exact: false })).toBeTruthy()
  })

  test("another partner's client says only that (X-5)", async () => {
    const element = show({ pinnedToOther: true })
    expect(await screen.findByText('Клиент закреплён за другим партнёром')).toBeTruthy()
    expect(element.querySelectorAll('section')).toHaveLength(0)
    expect(screen.queryByRole('button', { name: /заявк/i })).toBeNull()
  })

  test('an unknown account gets the registration form with the card name filled in (AT-1.1)', async () => {
    server.use(relayError('get', '/v1/clients/A-1001', 'not_found', 404))
    show(buildPartnerCard())
    server.use(relayError('get', '/v1/clients/A-1001', 'not_found', 404))
    expect(await screen.findByText('Клиент не зарегистрирован.')).toBeTruthy()
    expect((screen.getByLabelText('Название клиента') as HTMLInputElement).value).toBe('ООО «Вектор»')
  })

  test('where the relay would refuse a pin (AG-4 before authorization), the card offers none', async () => {
    show(buildPartnerCard({ pin: null, canInvoice: true, requiresPin: false }))
    server.use(relayGet('/v1/me', buildMePartnerClosedToPins()))
    expect(await screen.findByText('Новый счёт')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Подать заявку на закрепление' })).toBeNull()
  })

  test('nor does registering a client there ask for one', async () => {
    show(buildPartnerCard())
    server.use(relayGet('/v1/me', buildMePartnerClosedToPins()), relayError('get', '/v1/clients/A-1001', 'not_found', 404))
    expect(await screen.findByText('Клиент не зарегистрирован.')).toBeTruthy()
    expect(screen.queryByLabelText('Сразу подать заявку на закрепление')).toBeNull()
  })

  test('a partner pending expulsion is told why it registers no client, and gets no form (AT-4.1)', async () => {
    const me = buildMePartner()
    show(buildPartnerCard())
    server.use(
      relayGet('/v1/me', { ...me, partner: { ...me.partner!, state: 'expulsion_pending', mayRequestPins: false } }),
      relayError('get', '/v1/clients/A-1001', 'not_found', 404),
    )
    expect(await screen.findByText('Клиент не зарегистрирован.')).toBeTruthy()
    expect(screen.getByText('Новые клиенты, закрепления и регистрации сделок недоступны', { exact: false })).toBeTruthy()
    expect(screen.queryByLabelText('Название клиента')).toBeNull()
    expect(screen.queryByRole('button', { name: 'Зарегистрировать' })).toBeNull()
  })

  test('a refused pin request is explained in words with its rule, not a status code', async () => {
    show(buildPartnerCard({ pin: null }))
    server.use(relayError('post', '/v1/pins', 'pin_conflict', 409))
    fireEvent.click(await screen.findByRole('button', { name: 'Подать заявку на закрепление' }))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toBe('Клиент закреплён за другим партнёром или ждёт решения по заявке — п. 1.2 Правил')
    expect(alert.textContent).not.toMatch(/409/)
  })

  test('speaks English when the CRM does', async () => {
    show(buildPartnerCard({ pin: null }), buildHost({ locale: 'en' }))
    expect(await screen.findByRole('button', { name: 'Request a pin' })).toBeTruthy()
    expect(screen.getByText('Without a pin no reward is due (clause 1.2 of the Rules).')).toBeTruthy()
  })
})

describe('the relay decides whether the partner may invoice (AT-1.2, AG-4)', () => {
  test('without a registration where pins are protection, the form shows when the relay allows it (AG-3.1, AG-4)', async () => {
    show(buildPartnerCard({ pin: null, canInvoice: true, requiresPin: false }))
    expect(await screen.findByText('Новый счёт')).toBeTruthy()
    expect(screen.getByText('Регистрация защищает сделку от других партнёров (п. 4 Программы).')).toBeTruthy()
    expect(screen.queryByText('Без закрепления', { exact: false })).toBeNull()
  })

  test('an approved pin shows no form when the relay refuses (an expelled partner, a distributor)', async () => {
    const element = show(buildPartnerCard({ canInvoice: false }))
    expect(await screen.findByText('с 03.03.2026', { exact: false })).toBeTruthy()
    expect(element.textContent).not.toContain('Новый счёт')
    expect(element.textContent).not.toContain('Счета')
  })
})

describe('a CRM the relay turns away', () => {
  test.each([
    {
      label: 'an account never linked (403) is sent to the link code',
      code: 'forbidden',
      status: 403,
      shown: 'Эта CRM ещё не привязана к партнёрской программе',
      hidden: 'Не удалось подтвердить вход',
    },
    {
      label: 'an identity the relay could not verify (401) is not called unlinked',
      code: 'unauthenticated',
      status: 401,
      shown: 'Не удалось подтвердить вход через CRM — обновите страницу',
      hidden: 'не привязана',
    },
  ])('$label', async ({ code, status, shown, hidden }) => {
    const element = show(buildPartnerCard())
    server.use(relayError('get', '/v1/me', code, status))
    expect(await screen.findByText(shown, { exact: false })).toBeTruthy()
    expect(element.textContent).not.toContain(hidden)
  })
})

describe('invoices on the card', () => {
  test('an overdue invoice says so; an open one counts working days left (AT-1.6)', async () => {
    show(
      buildPartnerCard({
        invoices: [
          buildInvoice({ id: 'a', number: '2026-000001', clientPaidOn: '2026-04-01', transferDueOn: '2026-04-06', workingDaysLeft: -2, isOverdue: true }),
          buildInvoice({ id: 'b', number: '2026-000002', clientPaidOn: '2026-04-27', transferDueOn: '2026-04-30', workingDaysLeft: 3 }),
        ],
      }),
    )
    expect(await screen.findByText('Просрочен на 2 рабочих дня')).toBeTruthy()
    expect(screen.getByText('осталось 3 рабочих дня')).toBeTruthy()
    expect(screen.getByText('Перевести вендору до 30.04.2026')).toBeTruthy()
  })

  test('recording the client payment sends the chosen date (AT-1.6)', async () => {
    let body: unknown
    show(buildPartnerCard({ invoices: [buildInvoice()] }))
    server.use(
      http.post(`${RELAY_URL}/v1/invoices/inv-1/client-payment`, async ({ request }) => {
        body = await request.json()
        return HttpResponse.json({ invoice: buildInvoice({ clientPaidOn: '2026-04-28' }) })
      }),
    )
    const input = (await screen.findByLabelText('Дата оплаты клиентом')) as HTMLInputElement
    fireEvent.input(input, { target: { value: '2026-04-28' } })
    fireEvent.click(screen.getByRole('button', { name: 'Отметить оплату' }))
    await waitFor(() => expect(body).toEqual({ paidOn: '2026-04-28' }))
  })
})

describe('errors that say what is wrong (AT-1.1, AT-1.2a)', () => {
  test("AT-1.2a: where the relay would refuse a pin, the card shows the relay's reason instead of the button", async () => {
    const pinRefusal = { code: 'pin_conflict', message: 'x', rule: 'AT-1.2a', details: { reason: 'direct-negotiation' } }
    show(buildPartnerCard({ pin: null, client: null, pinRefusal }))
    expect(await screen.findByText('Вендор ведёт переговоры с клиентом напрямую — п. 1.2 Правил')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Подать заявку на закрепление' })).toBeNull()
  })

  test.each([
    { value: '77ABCD1234', words: 'ИНН — 10 или 12 цифр' },
    { value: '123', words: 'ИНН — 10 или 12 цифр' },
    { value: '7707083894', words: 'Контрольная сумма ИНН не сходится' },
  ])('AT-1.1: INN $value is refused at its field with «$words», and stays as typed', async ({ value, words }) => {
    const sent: unknown[] = []
    server.use(relayError('get', '/v1/clients/A-1001', 'not_found', 404))
    show(buildPartnerCard())
    server.use(
      relayError('get', '/v1/clients/A-1001', 'not_found', 404),
      http.post(`${RELAY_URL}/v1/clients`, async ({ request }) => {
        sent.push(await request.json())
        return HttpResponse.json({}, { status: 500 })
      }),
    )
    const inn = (await screen.findByRole('textbox', { name: 'ИНН' })) as HTMLInputElement
    fireEvent.input(inn, { target: { value } })
    fireEvent.click(screen.getByRole('button', { name: 'Зарегистрировать' }))
    await waitFor(() => expect(inn.getAttribute('aria-invalid')).toBe('true'))
    const describedBy = (inn.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent)
    expect(describedBy).toContain(words)
    expect(inn.value).toBe(value)
    expect(sent).toEqual([])
  })

  test('AT-1.1: a typed account number not of the program format is refused at the field, with the format said under it', async () => {
    const asked: string[] = []
    const me = buildMePartner({ program: { id: 'atrealt', name: 'ATRealt', accountNumberDigits: 8 } })
    server.use(
      relayGet('/v1/me', me),
      http.get(`${RELAY_URL}/v1/clients/:number`, ({ params }) => {
        asked.push(String(params.number))
        return HttpResponse.json(buildPartnerCard())
      }),
    )
    const element = document.createElement('div')
    document.body.append(element)
    unmount = mountCard(element, buildHost({ card: { accountNumber: null } }))
    server.use(relayGet('/v1/me', me))
    const field = (await screen.findByRole('textbox', { name: 'Номер аккаунта' })) as HTMLInputElement
    expect(await screen.findByText('8 цифр')).toBeTruthy()
    fireEvent.input(field, { target: { value: 'abc' } })
    fireEvent.click(screen.getByRole('button', { name: 'Показать' }))
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'))
    expect(await screen.findByText('Номер аккаунта — 8 цифр')).toBeTruthy()
    expect(field.value).toBe('abc')
    expect(asked).toEqual([])
  })
})
