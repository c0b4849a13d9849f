// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/preact'
import { HttpResponse, http } from 'msw'
import { expect, test } from 'vitest'
import type { TBankPaymentMatch } from '../../contract'
import { buildMeVendor, buildProgram, buildVendorOverview } from '../../testing/fixtures'
import { useOverviewScreen } from '../../testing/overview-screen'
import { RELAY_URL, relayGet } from '../../testing/relay-server'

const { server, show } = useOverviewScreen()

const payment = (overrides: Partial<TBankPaymentMatch>): TBankPaymentMatch => ({
  key: 'a'.repeat(64),
  line: 4,
  number: '15',
  date: '2026-12-03',
  receivedOn: '2026-12-04',
  amountKop: 1_782_000,
  payerInn: '7707083893',
  payerName: 'ООО «Альфа»',
  purpose: 'Оплата по счёту № 2026-000002',
  kind: 'exact',
  invoices: [{ id: 'inv-2', number: '2026-000002', payableKop: 1_782_000 }],
  invoicesKop: 1_782_000,
  recorded: false,
  ...overrides,
})

test('staff load a statement, see each payment against the invoices and record only those that agree (AT-1.6)', async () => {
  const exact = payment({})
  const short = payment({ key: 'b'.repeat(64), number: '16', amountKop: 1_781_999, kind: 'amount_differs' })
  const sent: { file: string; keys?: string[] }[] = []
  let recorded = false
  let overviews = 0
  server.use(
    relayGet('/v1/me', buildMeVendor()),
    relayGet('/v1/program', buildProgram()),
    http.get(`${RELAY_URL}/v1/overview`, () => {
      overviews++
      return HttpResponse.json(buildVendorOverview())
    }),
    http.post(`${RELAY_URL}/v1/bank-statements/preview`, async ({ request }) => {
      sent.push((await request.json()) as { file: string })
      return HttpResponse.json({ payments: [{ ...exact, recorded }, short], problems: [{ line: 30, message: 'Дата «30.02.2026» is not a date ДД.ММ.ГГГГ' }] })
    }),
    http.post(`${RELAY_URL}/v1/bank-statements`, async ({ request }) => {
      sent.push((await request.json()) as { file: string; keys: string[] })
      recorded = true
      return HttpResponse.json({ recorded: [{ key: exact.key, receivedOn: '2026-12-04', invoiceNumbers: ['2026-000002'] }] })
    }),
  )
  show()
  const summary = await screen.findByText('Сверить переводы с выпиской банка')
  const details = summary.closest('details') as HTMLDetailsElement
  details.open = true
  fireEvent(details, new Event('toggle'))
  const input = (await screen.findByLabelText('Файл выписки')) as HTMLInputElement
  const bytes = new Uint8Array([0x31, 0x43, 0xcf, 0xeb])
  Object.defineProperty(input, 'files', { value: [new File([bytes], 'kl_to_1c.txt', { type: 'text/plain' })] })
  fireEvent.change(input)

  expect(await screen.findByText('Оплачен счёт № 2026-000002: сумма сходится.')).toBeTruthy()
  expect(screen.getByText(/Счёт № 2026-000002: к оплате 17\s820,00\s₽ — сумма не сходится/)).toBeTruthy()
  expect(screen.getByText('Строка 30: Дата «30.02.2026» is not a date ДД.ММ.ГГГГ')).toBeTruthy()
  // The file goes as it is, base64: its Windows-1251 bytes untouched.
  expect(Buffer.from(sent[0].file, 'base64')).toEqual(Buffer.from(bytes))
  const boxes = screen.getAllByRole('checkbox') as HTMLInputElement[]
  expect(boxes.map((box) => [box.checked, box.disabled])).toEqual([
    [true, false],
    [false, true],
  ])

  fireEvent.click(screen.getByRole('button', { name: 'Записать переводы: 1' }))
  expect(await screen.findByText('Записано переводов: 1')).toBeTruthy()
  expect(sent[1].keys).toEqual([exact.key])
  await waitFor(() => expect(screen.getByText('Уже записан как перевод.')).toBeTruthy())
  // The overview reloads, so its lists show the transfers just recorded.
  await waitFor(() => expect(overviews).toBe(2))
})
