// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact'
import { HttpResponse, http } from 'msw'
import { afterEach, expect, test, vi } from 'vitest'
import { createRelayClient } from '../../client/create-relay-client'
import { createI18n } from '../../i18n/create-i18n'
import { ru } from '../../i18n/ru'
import { buildHost } from '../../testing/fake-host'
import { buildInvoice, buildProgram, buildQuote } from '../../testing/fixtures'
import { RELAY_URL, relayGet, useRelayServer } from '../../testing/relay-server'
import { Ui } from '../context'
import { QuoteForm } from './quote-form'

const server = useRelayServer()
afterEach(cleanup)

const renderForm = (program = buildProgram()) => {
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
    <Ui.Provider value={{ i18n: createI18n('ru', ru), host, client: createRelayClient({ baseUrl: RELAY_URL }) }}>
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
  expect(await screen.findByText('Счёт № 2026-000123 выставлен')).toBeTruthy()
  expect(invoices).toHaveLength(1)
  expect(invoices[0]).toMatch(/^[0-9a-f-]{32,36}$/)
  expect(onCreated).toHaveBeenCalledTimes(1)
})

test('after an invoice the form keeps the typed quantity and says that another press makes another invoice', async () => {
  const { invoices } = renderForm()
  const quantity = await screen.findByLabelText('Сублицензий')
  fireEvent.input(quantity, { target: { value: '3' } })
  await screen.findByText('35 640,00 ₽')
  const button = screen.getByRole('button', { name: 'Выставить счёт' }) as HTMLButtonElement
  await waitFor(() => expect(button.disabled).toBe(false))
  fireEvent.click(button)
  const notice = (await screen.findByText('Счёт № 2026-000123 выставлен')).parentElement
  expect(notice?.textContent).toBe('Счёт № 2026-000123 выставлен. Повторное нажатие «Выставить счёт» выставит ещё один счёт.')
  expect((quantity as HTMLInputElement).value).toBe('3')
  expect(screen.getByText('35 640,00 ₽')).toBeTruthy()
  expect(button.textContent).toBe('Выставить счёт')
  // The second click of a double click carries detail 2: it is the same intent, not a new invoice.
  const submits = vi.fn()
  button.form?.addEventListener('submit', submits)
  fireEvent.click(button, { detail: 2 })
  expect(submits).not.toHaveBeenCalled()
  fireEvent.click(button, { detail: 1 })
  expect(submits).toHaveBeenCalledTimes(1)
  await waitFor(() => expect(invoices).toHaveLength(2))
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
