// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact'
import { HttpResponse, http } from 'msw'
import { afterEach, beforeAll, expect, test } from 'vitest'
import { mountCard } from '../../mount'
import { buildHost } from '../../testing/fake-host'
import { buildClient, buildInvoice, buildMeVendor, buildPartner, buildPin, buildSublicense, buildVendorCard, buildViolation } from '../../testing/fixtures'
import { preloadLazyParts } from '../../testing/preload-lazy-parts'
import { RELAY_URL, relayGet, useRelayServer } from '../../testing/relay-server'

beforeAll(preloadLazyParts)

const server = useRelayServer()
let unmount: (() => void) | undefined
afterEach(() => {
  unmount?.()
  cleanup()
})

const show = (card = buildVendorCard()) => {
  server.use(relayGet('/v1/me', buildMeVendor()), relayGet('/v1/clients/A-1001', card))
  const element = document.createElement('div')
  document.body.append(element)
  unmount = mountCard(element, buildHost())
}

test('staff see who holds the client, since when, and the paid terms (AT-4.2)', async () => {
  show(buildVendorCard({ sublicenses: [buildSublicense()] }))
  expect(await screen.findByText('Закреплён за партнёром')).toBeTruthy()
  expect(screen.getAllByText('ООО «Ромашка»').length).toBeGreaterThan(0)
  expect(screen.getAllByText('с 03.03.2026').length).toBeGreaterThan(0)
  expect(document.querySelector('.pr-sublicense .pr-muted')?.textContent).toBe('10.03.2026 — 09.03.2027 · счёт № 2026-000045')
  expect(screen.getByText('перевод вовремя')).toBeTruthy()
})

test("releasing on the client's notice asks for the notice reference (AT-4.5)", async () => {
  let body: unknown
  show()
  server.use(
    http.post(`${RELAY_URL}/v1/pins/pin-1/release`, async ({ request }) => {
      body = await request.json()
      return HttpResponse.json({ pin: buildPin({ state: 'released', reason: 'client-request' }) })
    }),
  )
  fireEvent.click(await screen.findByRole('button', { name: 'Снять закрепление' }))
  const confirm = screen.getByRole('button', { name: 'Подтвердить' }) as HTMLButtonElement
  expect(confirm.disabled).toBe(true)
  fireEvent.input(screen.getByLabelText('Номер и дата обращения'), { target: { value: 'вх. № 12 от 01.04.2026' } })
  fireEvent.click(confirm)
  await waitFor(() => expect(body).toEqual({ reason: 'client-request', reference: 'вх. № 12 от 01.04.2026' }))
})

test('the direct-negotiation mark is a labelled switch (AT-1.2a)', async () => {
  let body: unknown
  show()
  server.use(
    http.put(`${RELAY_URL}/v1/clients/A-1001/negotiation`, async ({ request }) => {
      body = await request.json()
      return HttpResponse.json({ accountNumber: 'A-1001', negotiation: { open: true, note: null } })
    }),
  )
  fireEvent.click(await screen.findByRole('switch', { name: 'Прямые переговоры с вендором' }))
  await waitFor(() => expect(body).toEqual({ open: true }))
})

test('a violation is recorded against the partner holding the client (AT-4.1)', async () => {
  let body: unknown
  show()
  server.use(
    http.post(`${RELAY_URL}/v1/partners/p-1/violations`, async ({ request }) => {
      body = await request.json()
      return HttpResponse.json({ violation: buildViolation({ source: 'staff' }), partner: buildPartner({ state: 'restricted' }) }, { status: 201 })
    }),
  )
  fireEvent.click(await screen.findByRole('button', { name: 'Записать нарушение' }))
  const rule = (await screen.findByLabelText('Пункт правил')) as HTMLSelectElement
  // Nothing is pre-filled, and only the rules the relay's program marks as violable are offered, with their titles (AT-4.1).
  expect(rule.value).toBe('')
  const offered = [...rule.options].filter((option) => option.value).map((option) => [option.value, option.textContent])
  expect(offered).toEqual([
    ['AT-1.6', 'п. 1.6 Правил — Перечислять оплату за сублицензии не позднее 3 рабочих дней'],
    ['AT-3.2', 'п. 3.2 Правил — Запрещено передавать свой демо-аккаунт клиенту'],
    ['AT-3.3', 'п. 3.3 Правил — Запрещено продавать сублицензии по цене, отличной от утверждённой'],
  ])
  expect((screen.getByRole('button', { name: 'Записать нарушение' }) as HTMLButtonElement).disabled).toBe(true)
  fireEvent.change(rule, { target: { value: 'AT-3.3' } })
  fireEvent.input(screen.getByLabelText('Дата нарушения'), { target: { value: '2026-04-20' } })
  fireEvent.input(screen.getByLabelText('Что произошло'), { target: { value: 'Продал ниже прайса' } })
  fireEvent.submit(screen.getByRole('form', { name: 'Нарушение партнёра' }))
  await waitFor(() => expect(body).toEqual({ rule: 'AT-3.3', note: 'Продал ниже прайса', occurredOn: '2026-04-20' }))
  expect(await screen.findByText('Нарушение записано')).toBeTruthy()
})

test('what staff act on comes first: the pin decision, then invoices waiting for a transfer; history and paid terms below', async () => {
  const waiting = buildInvoice({ id: 'inv-2', number: '2026-000002', clientPaidOn: '2026-04-28', transferDueOn: '2026-05-08', workingDaysLeft: 5 })
  const settled = buildInvoice({ id: 'inv-1', number: '2026-000001', state: 'settled', transferReceivedOn: '2026-04-10', onTime: true })
  show(buildVendorCard({ pin: buildPin({ state: 'requested' }), invoices: [settled, waiting], sublicenses: [buildSublicense()] }))
  await screen.findByRole('button', { name: 'Одобрить' })
  const titles = [...document.querySelectorAll('.pr-card--vendor > section')].map((section) => section.querySelector('.pr-section__title')?.textContent)
  expect(titles).toEqual(['Клиент в программе', 'Ждут перевода', 'Оплаченные сублицензии', 'История закреплений', 'Другие счета', 'Нарушение партнёра'])
  const awaiting = screen.getByText('Ждут перевода').closest('section')
  expect(awaiting?.textContent).toContain('2026-000002')
  expect(awaiting?.textContent).not.toContain('2026-000001')
  expect(screen.getAllByRole('button', { name: 'Перевод получен' })).toHaveLength(1)
})

test('staff correct a mistyped client-payment date with a reason and read what changed (AT-1.6, AT-4.1)', async () => {
  let body: unknown
  const mistyped = buildInvoice({ clientPaidOn: '2020-01-01', transferDueOn: '2020-01-09', isOverdue: true })
  show(buildVendorCard({ invoices: [mistyped] }))
  server.use(
    http.post(`${RELAY_URL}/v1/invoices/inv-1/client-payment/correction`, async ({ request }) => {
      body = await request.json()
      return HttpResponse.json({
        invoice: buildInvoice({ clientPaidOn: '2026-12-01', transferDueOn: '2026-12-04' }),
        before: { clientPaidOn: '2020-01-01', transferDueOn: '2020-01-09' },
        voidedViolations: [buildViolation({ source: 'auto-overdue', voidedAt: '2026-12-06T10:00:00Z', voidReason: 'опечатка' })],
        partner: buildPartner({ currentDiscountBps: 2500 }),
      })
    }),
  )
  fireEvent.click(await screen.findByRole('button', { name: 'Исправить дату оплаты клиентом' }))
  const form = screen.getByRole('form', { name: 'Исправить дату оплаты клиентом' })
  const submit = () => form.querySelector('button[type="submit"]') as HTMLButtonElement
  // Both fields are required: without a reason nothing can be sent.
  fireEvent.input(screen.getByLabelText('Дата оплаты клиентом'), { target: { value: '2026-12-01' } })
  expect(submit().disabled).toBe(true)
  fireEvent.input(screen.getByLabelText('Причина'), { target: { value: '  Клиент оплатил 01.12.2026  ' } })
  expect(submit().disabled).toBe(false)
  fireEvent.click(submit())
  expect(
    await screen.findByText(
      'Дата оплаты клиентом исправлена с 01.01.2020 на 01.12.2026. Срок перевода — 04.12.2026 вместо 09.01.2020. Нарушение по п. 1.6 Правил аннулировано, скидка партнёра — 25 %.',
    ),
  ).toBeTruthy()
  expect(body).toEqual({ paidOn: '2026-12-01', reason: 'Клиент оплатил 01.12.2026' })
})

test('a refused correction says why and marks the field it names, read out with it (AT-1.6)', async () => {
  show(buildVendorCard({ invoices: [buildInvoice({ clientPaidOn: '2020-01-01' })] }))
  server.use(
    http.post(`${RELAY_URL}/v1/invoices/inv-1/client-payment/correction`, () =>
      HttpResponse.json(
        {
          error: { code: 'invalid_request', message: 'future', rule: 'AT-1.6', details: { fields: [{ path: 'paidOn', message: 'On or before 2026-12-06' }] } },
        },
        { status: 400 },
      ),
    ),
  )
  fireEvent.click(await screen.findByRole('button', { name: 'Исправить дату оплаты клиентом' }))
  const date = screen.getByLabelText('Дата оплаты клиентом')
  const reason = screen.getByLabelText('Причина')
  fireEvent.input(date, { target: { value: '2027-01-01' } })
  fireEvent.input(reason, { target: { value: 'опечатка' } })
  fireEvent.click(screen.getByRole('form', { name: 'Исправить дату оплаты клиентом' }).querySelector('button[type="submit"]') as HTMLButtonElement)
  const alert = await screen.findByRole('alert')
  expect(alert.textContent).toContain('п. 1.6 Правил')
  expect(date.getAttribute('aria-invalid')).toBe('true')
  expect(reason.getAttribute('aria-invalid')).toBe('false')
  expect(document.getElementById(date.getAttribute('aria-describedby') ?? '')?.textContent).toContain('п. 1.6 Правил')
})

test('staff void an invoice with a reason; a void invoice offers no corrections (X-3)', async () => {
  show(buildVendorCard({ invoices: [buildInvoice({ id: 'inv-2', number: '2026-000124', state: 'void', voidReason: 'ошибка' }), buildInvoice()] }))
  server.use(
    http.post(`${RELAY_URL}/v1/invoices/inv-1/void`, () => HttpResponse.json({ invoice: buildInvoice({ state: 'void', voidReason: 'Выставлен по ошибке' }) })),
  )
  await screen.findAllByText(/Счёт № 2026-000124|№ 2026-000124/)
  expect(screen.getAllByRole('button', { name: 'Аннулировать счёт' })).toHaveLength(1)
  fireEvent.click(screen.getByRole('button', { name: 'Аннулировать счёт' }))
  fireEvent.input(screen.getByLabelText('Причина'), { target: { value: 'Выставлен по ошибке' } })
  fireEvent.click(screen.getByRole('form', { name: 'Аннулировать счёт' }).querySelector('button[type="submit"]') as HTMLButtonElement)
  expect(await screen.findByText('Счёт № 2026-000123 аннулирован, номер сохранён.')).toBeTruthy()
})

test('staff approve a pin with the mark that the client confirmed it knows the partner, and a note (AT-4.4)', async () => {
  let body: unknown
  show(buildVendorCard({ pin: buildPin({ state: 'requested' }) }))
  server.use(
    http.post(`${RELAY_URL}/v1/pins/pin-1/approve`, async ({ request }) => {
      body = await request.json()
      return HttpResponse.json({ pin: buildPin({ confirmedWithClient: true, confirmationNote: 'Директор знает партнёра' }) })
    }),
  )
  fireEvent.click(await screen.findByRole('checkbox', { name: 'Клиент подтвердил, что знает партнёра' }))
  fireEvent.input(screen.getByLabelText('Комментарий к подтверждению'), { target: { value: ' Директор знает партнёра ' } })
  fireEvent.click(screen.getByRole('button', { name: 'Одобрить' }))
  await waitFor(() => expect(body).toEqual({ confirmedWithClient: true, confirmationNote: 'Директор знает партнёра' }))
})

test('the pin history says when the client confirmed it knows the partner, with the note (AT-4.4)', async () => {
  const confirmed = buildPin({ confirmedWithClient: true, confirmationNote: 'Звонок 27.04: знает' })
  show(buildVendorCard({ pin: confirmed, pinHistory: [confirmed] }))
  expect(await screen.findByText('Клиент подтвердил, что знает партнёра: Звонок 27.04: знает')).toBeTruthy()
})

test('staff mark a client as a demo account with a reason; without one nothing is sent (AT-3.2)', async () => {
  let body: unknown
  show()
  server.use(
    http.put(`${RELAY_URL}/v1/clients/A-1001/demo`, async ({ request }) => {
      body = await request.json()
      return HttpResponse.json({ client: buildClient({ demo: true }) })
    }),
  )
  fireEvent.click(await screen.findByRole('button', { name: 'Отметить как демо-аккаунт' }))
  const form = screen.getByRole('form', { name: 'Отметить как демо-аккаунт' })
  const submit = form.querySelector('button[type="submit"]') as HTMLButtonElement
  expect(submit.disabled).toBe(true)
  fireEvent.input(screen.getByLabelText('Причина'), { target: { value: 'Клиент работает в демо-аккаунте партнёра' } })
  fireEvent.submit(form)
  await waitFor(() => expect(body).toEqual({ demo: true, reason: 'Клиент работает в демо-аккаунте партнёра' }))
  expect(await screen.findByText('Аккаунт отмечен как демо-аккаунт')).toBeTruthy()
})
