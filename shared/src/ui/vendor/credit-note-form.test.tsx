// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact'
import { HttpResponse, http } from 'msw'
import { afterEach, beforeAll, expect, test } from 'vitest'
import type { TCreditNote } from '../../contract'
import { mountCard } from '../../mount'
import { buildHost } from '../../testing/fake-host'
import { buildInvoice, buildMeVendor, buildQuoteLine, buildVendorCard } from '../../testing/fixtures'
import { preloadLazyParts } from '../../testing/preload-lazy-parts'
import { RELAY_URL, relayGet, useRelayServer } from '../../testing/relay-server'

beforeAll(preloadLazyParts)

const server = useRelayServer()
let unmount: (() => void) | undefined
afterEach(() => {
  unmount?.()
  cleanup()
})

const state = (quantity: number, months: number | null, payableKop: number) => ({ quantity, months, listKop: payableKop, rewardKop: 0, payableKop, vatKop: 0 })

/** A note that took 2 of 5 sublicenses off the invoice's line. */
const note = (overrides: Partial<TCreditNote> = {}): TCreditNote => ({
  id: 'cn-1',
  number: 'К-2026-000001',
  issuedOn: '2026-05-04',
  reason: 'Клиент сократил рабочие места',
  lines: [
    {
      line: 0,
      sku: 'atr-amo',
      name: 'ATRealt для amoCRM',
      unitPriceKop: 99_000,
      discountBps: 2000,
      vatBps: null,
      was: state(5, 12, 4_752_000),
      becomes: state(3, 12, 2_851_200),
      credit: state(2, 0, 1_900_800),
    },
  ],
  totals: { listKop: 2_376_000, rewardKop: 475_200, payableKop: 1_900_800, vatKop: 0 },
  ...overrides,
})

const show = (invoices = [buildInvoice({ lines: [buildQuoteLine(), buildQuoteLine({ sku: 'box', name: 'Коробка', quantity: 2, months: null })] })]) => {
  server.use(relayGet('/v1/me', buildMeVendor()), relayGet('/v1/clients/A-1001', buildVendorCard({ invoices })))
  const element = document.createElement('div')
  document.body.append(element)
  unmount = mountCard(element, buildHost())
}

test('the card shows a credit note under its invoice with its number, amount and PDF (X-2)', async () => {
  show([buildInvoice({ creditNotes: [note()] })])
  const item = (await screen.findByText(/Корректировочный счёт № К-2026-000001 от 04\.05\.2026/)).closest('li') as HTMLElement
  expect(item.textContent?.replace(/\s/g, ' ')).toContain('уменьшение к оплате 19 008,00')
  expect(within(item).getByRole('button', { name: 'Скачать PDF корректировочного счёта № К-2026-000001' })).toBeTruthy()
})

test('staff credit fewer sublicenses and months of chosen lines with a reason (X-2, X-3)', async () => {
  let body: unknown
  show()
  server.use(
    http.post(`${RELAY_URL}/v1/invoices/inv-1/credit-notes`, async ({ request }) => {
      body = await request.json()
      return HttpResponse.json({ creditNote: note(), invoice: buildInvoice({ creditNotes: [note()] }) }, { status: 201 })
    }),
  )
  fireEvent.click(await screen.findByRole('button', { name: 'Выставить корректировочный счёт' }))
  const form = screen.getByRole('form', { name: 'Выставить корректировочный счёт' })
  // The one-time line asks for sublicenses only; each line says what is left of it.
  expect(within(form).getAllByLabelText('Меньше лицензий, шт.')).toHaveLength(2)
  expect(within(form).getAllByLabelText('Меньше месяцев')).toHaveLength(1)
  expect(form.textContent).toContain('Осталось:')
  const submit = form.querySelector('button[type="submit"]') as HTMLButtonElement
  expect(submit.disabled).toBe(true)
  fireEvent.input(within(form).getAllByLabelText('Меньше лицензий, шт.')[0], { target: { value: '2' } })
  fireEvent.input(within(form).getByLabelText('Меньше месяцев'), { target: { value: '1' } })
  fireEvent.input(within(form).getByLabelText('Причина'), { target: { value: 'Клиент сократил рабочие места' } })
  fireEvent.click(submit)
  await waitFor(() => expect(body).toEqual({ lines: [{ line: 0, quantity: 2, months: 1 }], reason: 'Клиент сократил рабочие места' }))
  expect(await screen.findByText('Корректировочный счёт № К-2026-000001 выставлен: к оплате меньше на 19 008,00 ₽.')).toBeTruthy()
})

test('a refusal naming a line marks that line’s field and changes nothing on the card (X-2)', async () => {
  show()
  server.use(
    http.post(`${RELAY_URL}/v1/invoices/inv-1/credit-notes`, () =>
      HttpResponse.json(
        {
          error: {
            code: 'invalid_request',
            message: 'Line 2 (Коробка): 3 sublicenses asked, only 2 left to credit',
            rule: 'X-2',
            details: { fields: [{ path: 'lines.0.quantity', message: 'only 2 left' }] },
          },
        },
        { status: 400 },
      ),
    ),
  )
  fireEvent.click(await screen.findByRole('button', { name: 'Выставить корректировочный счёт' }))
  const form = screen.getByRole('form', { name: 'Выставить корректировочный счёт' })
  const [amo, box] = within(form).getAllByLabelText('Меньше лицензий, шт.')
  fireEvent.input(box, { target: { value: '3' } })
  fireEvent.input(within(form).getByLabelText('Причина'), { target: { value: 'Больше, чем есть' } })
  fireEvent.click(form.querySelector('button[type="submit"]') as HTMLButtonElement)
  await waitFor(() => expect(box.getAttribute('aria-invalid')).toBe('true'))
  expect(amo.getAttribute('aria-invalid')).toBe('false')
  expect(screen.getByRole('form', { name: 'Выставить корректировочный счёт' })).toBeTruthy()
})

test('a void invoice offers no credit note (X-3)', async () => {
  show([buildInvoice({ state: 'void', voidReason: 'ошибка' })])
  await screen.findAllByText(/2026-000123/)
  expect(screen.queryByRole('button', { name: 'Выставить корректировочный счёт' })).toBeNull()
})
