// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact'
import { HttpResponse, http } from 'msw'
import { afterEach, expect, test, vi } from 'vitest'
import { createRelayClient } from '../../client/create-relay-client'
import { createI18n } from '../../i18n/create-i18n'
import { en } from '../../i18n/en'
import { ru } from '../../i18n/ru'
import { buildHost } from '../../testing/fake-host'
import { buildInvoice, buildProgram, buildQuote } from '../../testing/fixtures'
import { RELAY_URL, relayGet, useRelayServer } from '../../testing/relay-server'
import { Ui } from '../context'
import { QuoteForm } from './quote-form'

const server = useRelayServer()
afterEach(cleanup)

const renderForm = (program = buildProgram(), locale: 'ru' | 'en' = 'ru') => {
  const quotes: { lines: { quantity: number }[] }[] = []
  const invoices: (string | null)[] = []
  server.use(
    relayGet('/v1/program', program),
    http.post(`${RELAY_URL}/v1/quotes`, async ({ request }) => {
      const body = (await request.json()) as { lines: { quantity: number }[] }
      quotes.push(body)
      return HttpResponse.json(buildQuote({ quantity: body.lines[0].quantity, listKop: body.lines[0].quantity * 1_188_000 }))
    }),
    http.post(`${RELAY_URL}/v1/invoices`, ({ request }) => {
      invoices.push(request.headers.get('idempotency-key'))
      return HttpResponse.json({ invoice: buildInvoice() }, { status: 201 })
    }),
  )
  const onCreated = vi.fn()
  const host = buildHost()
  render(
    <Ui.Provider value={{ i18n: locale === 'ru' ? createI18n('ru', ru) : createI18n('en', en), host, client: createRelayClient({ baseUrl: RELAY_URL }) }}>
      <QuoteForm accountNumber="A-1001" onCreated={onCreated} debounceMs={20} />
    </Ui.Provider>,
  )
  return { quotes, invoices, onCreated }
}

test('asks for one quote after a burst of typing and shows its totals (AT-5.1)', async () => {
  const { quotes } = renderForm()
  const quantity = await screen.findByLabelText('Сублицензий')
  await waitFor(() => expect(quotes).toHaveLength(1))
  for (const value of ['2', '20', '3']) fireEvent.input(quantity, { target: { value } })
  await screen.findByText('35 640,00 ₽')
  expect(quotes.map((quote) => quote.lines[0].quantity)).toEqual([1, 3])
})

test('a double click on "Выставить счёт" makes one invoice with one Idempotency-Key (X-6)', async () => {
  const { invoices, onCreated } = renderForm()
  const button = await screen.findByRole('button', { name: 'Выставить счёт' })
  await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false))
  fireEvent.click(button)
  fireEvent.click(button)
  await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1))
  expect(invoices).toHaveLength(1)
  expect(invoices[0]).toMatch(/^[0-9a-f-]{32,36}$/)
  expect(onCreated).toHaveBeenCalledTimes(1)
})

test('after an invoice a further press makes nothing: the form hands the invoice over and is done', async () => {
  const { invoices, onCreated } = renderForm()
  const button = (await screen.findByRole('button', { name: 'Выставить счёт' })) as HTMLButtonElement
  await waitFor(() => expect(button.disabled).toBe(false))
  fireEvent.click(button)
  await waitFor(() => expect(onCreated).toHaveBeenCalledWith(expect.objectContaining({ number: '2026-000123' })))
  // The second click of a double click carries detail 2: it is the same intent, not a new invoice.
  const submits = vi.fn()
  button.form?.addEventListener('submit', submits)
  fireEvent.click(button, { detail: 2 })
  expect(submits).not.toHaveBeenCalled()
  fireEvent.click(button, { detail: 1 })
  await new Promise((resolve) => setTimeout(resolve, 50))
  expect(invoices).toHaveLength(1)
})

test.each([
  { label: 'a negative quantity', value: '-5' },
  { label: 'quantity 0', value: '0' },
  { label: 'a fractional quantity', value: '1.5' },
  { label: 'a quantity above the limit', value: '100000' },
])('$label is said in words next to the field and kept as typed (AT-5.3)', async ({ value }) => {
  const { quotes } = renderForm()
  const quantity = (await screen.findByLabelText('Сублицензий')) as HTMLInputElement
  await waitFor(() => expect(quotes).toHaveLength(1))
  fireEvent.input(quantity, { target: { value } })
  expect(await screen.findByText('Количество — целое число от 1 до 1 000')).toBeTruthy()
  expect(quantity.value).toBe(value)
  expect(quantity.getAttribute('aria-invalid')).toBe('true')
  expect(screen.queryByText('Выберите продукт и количество — итоги посчитает сервис.')).toBeNull()
  await new Promise((resolve) => setTimeout(resolve, 60))
  expect(quotes).toHaveLength(1)
})

test('months beyond the product limit are said in words (AT-5.3)', async () => {
  renderForm()
  const months = (await screen.findByLabelText('Месяцев')) as HTMLInputElement
  fireEvent.input(months, { target: { value: '37' } })
  expect(await screen.findByText('Месяцев — целое число от 1 до 36')).toBeTruthy()
  expect(months.value).toBe('37')
})

test('a late client payment date is shown in words and "Выставить счёт" asks to confirm in place (AT-1.6)', async () => {
  const late = { code: 'deadline_passed', rule: 'AT-1.6', paidOn: '2026-01-01', dueOn: '2026-01-14' }
  const sent: { confirmed?: string[]; clientPaidOn?: string }[] = []
  server.use(
    relayGet('/v1/program', buildProgram()),
    http.post(`${RELAY_URL}/v1/quotes`, async ({ request }) => {
      const body = (await request.json()) as { clientPaidOn?: string }
      return HttpResponse.json({ ...buildQuote(), warnings: body.clientPaidOn ? [late] : [] })
    }),
    http.post(`${RELAY_URL}/v1/invoices`, async ({ request }) => {
      sent.push((await request.json()) as { confirmed?: string[] })
      return HttpResponse.json({ invoice: buildInvoice() }, { status: 201 })
    }),
  )
  const onCreated = vi.fn()
  render(
    <Ui.Provider value={{ i18n: createI18n('ru', ru), host: buildHost(), client: createRelayClient({ baseUrl: RELAY_URL }) }}>
      <QuoteForm accountNumber="A-1001" onCreated={onCreated} debounceMs={20} />
    </Ui.Provider>,
  )
  fireEvent.input(await screen.findByLabelText('Дата оплаты клиентом, если уже оплатил'), { target: { value: '2026-01-01' } })
  const words = 'Срок перевода по п. 1.6 Правил истёк 14.01.2026 — счёт сразу будет просрочен'
  expect(await screen.findByText(words)).toBeTruthy()
  const button = screen.getByRole('button', { name: 'Выставить счёт' }) as HTMLButtonElement
  await waitFor(() => expect(button.disabled).toBe(false))
  fireEvent.click(button)
  expect(await screen.findByText('Всё равно выставить счёт?')).toBeTruthy()
  expect(sent).toHaveLength(0)
  fireEvent.click(screen.getByRole('button', { name: 'Да, выставить' }))
  await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1))
  expect(sent).toEqual([expect.objectContaining({ clientPaidOn: '2026-01-01', confirmed: ['deadline_passed'] })])
})

test('a program of hardware only shows its unit and no months before a product is chosen', async () => {
  const base = buildProgram()
  const kit = {
    ...base.products[0],
    sku: 'UX-KIT',
    name: 'IP-АТС, комплект',
    pricing: 'one-time' as const,
    priceKop: 15_000_000,
    unit: 'шт.',
    maxMonths: null,
    isSample: true,
  }
  renderForm({ ...base, products: [kit] })
  expect(await screen.findByLabelText('Количество, шт.')).toBeTruthy()
  expect(screen.queryByLabelText('Месяцев')).toBeNull()
  expect(screen.queryByLabelText('Сублицензий')).toBeNull()
})

test('a product sold once, such as hardware, is counted in its unit, not as sublicenses', async () => {
  const base = buildProgram()
  const kit = { ...base.products[0], sku: 'UX-KIT', name: 'IP-АТС, комплект', pricing: 'one-time' as const, priceKop: 15_000_000, unit: 'шт.' }
  renderForm({ ...base, products: [kit] })
  expect(await screen.findByLabelText('Количество, шт.')).toBeTruthy()
  expect(screen.queryByLabelText('Сублицензий')).toBeNull()
})

test('the chosen product is shown in full, wrapping, over the labelled select that takes the choice', async () => {
  renderForm()
  const select = (await screen.findByLabelText('Продукт')) as HTMLSelectElement
  expect(select.tagName).toBe('SELECT')
  const shown = document.querySelector('.pr-select-box__shown')
  expect(shown?.getAttribute('aria-hidden')).toBe('true')
  expect(shown?.textContent).toBe(select.selectedOptions[0]?.textContent || 'Выберите продукт')
})

test("in English the products and their unit are the program file's English ones", async () => {
  const base = buildProgram()
  const kit = {
    ...base.products[0],
    sku: 'UX-KIT',
    name: 'IP-АТС «Агат UX», базовый комплект',
    nameEn: 'IP PBX «Agat UX», base kit',
    pricing: 'one-time' as const,
    priceKop: 15_000_000,
    unit: 'шт.',
    unitEn: 'pcs',
    maxMonths: null,
  }
  renderForm({ ...base, products: [kit] }, 'en')
  expect(await screen.findByLabelText('Quantity, pcs')).toBeTruthy()
  expect(screen.getByRole('option', { name: 'IP PBX «Agat UX», base kit' })).toBeTruthy()
  expect(document.body.textContent).not.toMatch(/[А-Яа-яЁё]/)
})
