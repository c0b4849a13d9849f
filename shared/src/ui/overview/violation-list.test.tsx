// @vitest-environment happy-dom
import { fireEvent, screen } from '@testing-library/preact'
import { HttpResponse, http } from 'msw'
import { expect, test } from 'vitest'
import {
  buildLedger,
  buildMePartner,
  buildMeVendor,
  buildPartner,
  buildPartnerOverview,
  buildProgram,
  buildVendorOverview,
  buildViolation,
} from '../../testing/fixtures'
import { useOverviewScreen } from '../../testing/overview-screen'
import { RELAY_URL, relayGet } from '../../testing/relay-server'

const { server, show: showOverview } = useOverviewScreen()

const overdue = buildViolation({
  invoiceNumber: '2026-000002',
  note: 'Transfer for invoice 2026-000002 not received by 2026-12-01',
  systemNote: { code: 'transferOverdue', params: { invoiceNumber: '2026-000002', transferDueOn: '2026-12-01' } },
  occurredOn: '2026-12-01',
})
const typed = buildViolation({ id: 'v-2', source: 'staff', invoiceId: null, invoiceNumber: null, note: 'Клиент жалуется на сроки' })

const show = async (locale: 'ru' | 'en', text: string, violations = [overdue, typed]) => {
  server.use(
    relayGet('/v1/me', buildMePartner()),
    relayGet('/v1/program', buildProgram()),
    relayGet('/v1/overview', buildPartnerOverview({ violations, pins: [] })),
    relayGet('/v1/ledger', buildLedger()),
  )
  showOverview({ locale })
  return screen.findByText(text)
}

test.each([
  { label: 'in Russian, with the date as ДД.ММ.ГГГГ', locale: 'ru', text: 'Перевод по счёту № 2026-000002 не поступил до 01.12.2026' },
  { label: 'in English, with the date as the English locale writes it', locale: 'en', text: 'Transfer for invoice 2026-000002 not received by 01/12/2026' },
] as const)('the overdue violation the relay raised is said from its code and facts $label (AT-1.6)', async ({ locale, text }) => {
  const note = await show(locale, text)
  expect(note.closest('ul')?.textContent).not.toContain('2026-12-01')
  if (locale === 'ru') expect(note.closest('ul')?.textContent).not.toMatch(/Transfer|received/)
  // A note vendor staff typed is shown as typed, in either language.
  expect(screen.getByText('Клиент жалуется на сроки')).toBeTruthy()
})

test.each([
  {
    locale: 'ru',
    text: 'отменено: дата оплаты исправлена с 01.01.2020 на 01.12.2026, срок перевода — 04.12.2026 вместо 13.01.2020: Клиент оплатил 01.12.2026',
  },
  {
    locale: 'en',
    text: 'voided: payment date corrected from 01/01/2020 to 01/12/2026, transfer due by 04/12/2026 instead of 13/01/2020: Клиент оплатил 01.12.2026',
  },
] as const)(
  'a violation voided by a corrected payment date names the old and the new date and deadline in $locale (AT-1.6, AT-4.1)',
  async ({ locale, text }) => {
    const voided = {
      ...overdue,
      voidedAt: '2026-12-06T10:00:00Z',
      voidReason:
        'Client payment date corrected from 2020-01-01 to 2026-12-01; transfer deadline moved from 2020-01-13 to 2026-12-04: Клиент оплатил 01.12.2026',
      systemVoidReason: {
        code: 'clientPaymentCorrected' as const,
        params: {
          invoiceNumber: '2026-000002',
          paidOnBefore: '2020-01-01',
          paidOn: '2026-12-01',
          dueOnBefore: '2020-01-13',
          dueOn: '2026-12-04',
          reason: 'Клиент оплатил 01.12.2026',
        },
      },
    }
    const line = await show(locale, text, [voided])
    expect(line.closest('ul')?.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}/)
  },
)

test("vendor staff void a live violation from the overview with a reason and read the partner's discount after it (AT-4.1)", async () => {
  let body: unknown
  let voided = false
  server.use(
    relayGet('/v1/me', buildMeVendor()),
    relayGet('/v1/program', buildProgram()),
    http.get(`${RELAY_URL}/v1/overview`, () => HttpResponse.json(buildVendorOverview({ violations: voided ? [] : [overdue] }))),
    http.post(`${RELAY_URL}/v1/violations/v-1/void`, async ({ request }) => {
      body = await request.json()
      voided = true
      return HttpResponse.json({
        violation: { ...overdue, voidedAt: '2026-12-06T10:00:00Z', voidReason: 'Дата оплаты введена с ошибкой' },
        partner: buildPartner({ currentDiscountBps: 2500 }),
      })
    }),
  )
  showOverview()
  fireEvent.click(await screen.findByRole('button', { name: 'Аннулировать нарушение' }))
  // The violation names the partner it is against: the list spans every partner.
  expect(screen.getByText(/ООО «Ромашка» ·/)).toBeTruthy()
  fireEvent.input(screen.getByLabelText('Причина'), { target: { value: 'Дата оплаты введена с ошибкой' } })
  fireEvent.click(screen.getByRole('form', { name: 'Аннулировать нарушение' }).querySelector('button[type="submit"]') as HTMLButtonElement)
  expect(await screen.findByText('Нарушение по п. 1.6 Правил аннулировано, скидка партнёра — 25 %.')).toBeTruthy()
  expect(body).toEqual({ reason: 'Дата оплаты введена с ошибкой' })
  expect(await screen.findByText('Нарушений нет')).toBeTruthy()
})
