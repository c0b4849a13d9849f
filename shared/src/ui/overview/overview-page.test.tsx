// @vitest-environment happy-dom
import { fireEvent, screen } from '@testing-library/preact'
import { HttpResponse, http } from 'msw'
import { expect, test } from 'vitest'
import {
  buildInvoice,
  buildLedger,
  buildMePartner,
  buildMeVendor,
  buildPartner,
  buildPartnerOverview,
  buildPin,
  buildPinRequest,
  buildProgram,
  buildVendorOverview,
  buildViolation,
} from '../../testing/fixtures'
import { useOverviewScreen } from '../../testing/overview-screen'
import { RELAY_URL, relayError, relayGet } from '../../testing/relay-server'

const { server, show } = useOverviewScreen()

test("the partner's page shows its state, discounts, violations, pins and statement", async () => {
  const me = buildMePartner()
  server.use(
    relayGet('/v1/me', { ...me, partner: { ...me.partner, state: 'restricted', violations: 1 } }),
    relayGet('/v1/program', buildProgram()),
    relayGet('/v1/overview', buildPartnerOverview({ violations: [buildViolation()], pins: [buildPin(), buildPin({ id: 'pin-2', state: 'requested' })] })),
    relayGet('/v1/ledger', buildLedger({ balances: { partner_payable: 4_752_000 } })),
  )
  show()
  expect(await screen.findByText('Действует ограничение: скидка снижена до базовой (п. 4.1 Правил).')).toBeTruthy()
  expect(screen.getAllByText('20 %').length).toBe(2)
  expect(screen.getByText('п. 1.6 Правил')).toBeTruthy()
  expect(screen.getByText('Заявка на рассмотрении: 1')).toBeTruthy()
  // The statement is a chunk of its own, loaded after the page.
  expect(await screen.findByText('47 520,00 ₽')).toBeTruthy()
})

test('staff confirm an expulsion in two steps (AT-4.1, AT-4.3)', async () => {
  let expels = 0
  server.use(
    relayGet('/v1/me', buildMeVendor()),
    relayGet('/v1/program', buildProgram()),
    http.get(`${RELAY_URL}/v1/overview`, () =>
      HttpResponse.json(
        buildVendorOverview({
          partners: [buildPartner({ state: expels > 0 ? 'expelled' : 'expulsion_pending' })],
          overdueTransfers: [buildInvoice({ isOverdue: true, transferDueOn: '2026-04-06', workingDaysLeft: -5, clientPaidOn: '2026-04-01' })],
        }),
      ),
    ),
    http.post(`${RELAY_URL}/v1/partners/p-1/expel`, () => {
      expels++
      return HttpResponse.json({ partner: buildPartner({ state: 'expelled' }), releasedPins: [buildPin({ state: 'released' })], affectedClients: [] })
    }),
  )
  show()
  expect(await screen.findByText('Просрочен на 5 рабочих дней')).toBeTruthy()
  fireEvent.click(screen.getByRole('button', { name: 'Подтвердить исключение' }))
  expect(screen.getByText('Исключить «ООО «Ромашка»» без права восстановления? Все закрепления партнёра будут сняты.')).toBeTruthy()
  expect(expels).toBe(0)
  fireEvent.click(screen.getAllByRole('button', { name: 'Подтвердить исключение' })[0])
  expect(await screen.findByText('Партнёр исключён. Снято закреплений: 1')).toBeTruthy()
  expect(await screen.findByText('Исключён: 1')).toBeTruthy()
  expect(expels).toBe(1)
})

test.each([
  {
    label: 'an account never linked (403) is sent to the link code',
    code: 'forbidden',
    status: 403,
    shown: 'Эта CRM ещё не привязана к партнёрской программе',
  },
  {
    label: 'an identity the relay could not verify (401) says so in its own words',
    code: 'unauthenticated',
    status: 401,
    shown: 'Не удалось подтвердить вход через CRM — обновите страницу',
  },
])('$label', async ({ code, status, shown }) => {
  server.use(relayError('get', '/v1/me', code, status))
  show()
  expect(await screen.findByText(shown, { exact: false })).toBeTruthy()
})

test.each([
  { label: "ATRealt's partner page has no status tabs: the program has no status rules", me: buildMePartner(), overview: buildPartnerOverview() },
  { label: "ATRealt's vendor page has no status tabs: the program has no status rules", me: buildMeVendor(), overview: buildVendorOverview() },
])('$label', async ({ me, overview }) => {
  server.use(relayGet('/v1/me', me), relayGet('/v1/program', buildProgram()), relayGet('/v1/overview', overview), relayGet('/v1/ledger', buildLedger()))
  show()
  expect(await screen.findByText(me.role === 'partner' ? 'Закрепления' : 'Заявки на закрепление')).toBeTruthy()
  expect(screen.queryByRole('tablist')).toBeNull()
  expect(screen.queryByText('Статус', { selector: '[role="tab"]' })).toBeNull()
})

test('an overdue invoice is listed once, under overdue transfers, with one «Перевод получен» form (AT-1.6)', async () => {
  const overdue = buildInvoice({
    id: 'inv-late',
    number: '2026-000002',
    isOverdue: true,
    transferDueOn: '2026-04-06',
    workingDaysLeft: -5,
    clientPaidOn: '2026-04-01',
  })
  const waiting = buildInvoice({ id: 'inv-due', number: '2026-000003', transferDueOn: '2026-05-08', workingDaysLeft: 5, clientPaidOn: '2026-04-28' })
  server.use(
    relayGet('/v1/me', buildMeVendor()),
    relayGet('/v1/program', buildProgram()),
    relayGet('/v1/overview', buildVendorOverview({ overdueTransfers: [overdue], awaitingTransfer: [overdue, waiting] })),
  )
  show()
  expect(await screen.findByText('Счёт № 2026-000003')).toBeTruthy()
  expect(screen.getAllByText('Счёт № 2026-000002')).toHaveLength(1)
  expect(screen.getAllByRole('button', { name: 'Перевод получен' })).toHaveLength(2)
  const awaitingSection = screen.getByText('Ждут перевода').closest('section')
  expect(awaitingSection?.textContent).not.toContain('2026-000002')
})

test('vendor staff are told when next year’s production calendar is provisional (X-7)', async () => {
  server.use(
    relayGet('/v1/me', buildMeVendor()),
    relayGet('/v1/program', buildProgram()),
    relayGet('/v1/overview', buildVendorOverview({ calendarNotice: { year: 2027, state: 'provisional' } })),
    relayGet('/v1/ledger', buildLedger()),
  )
  show()
  expect(await screen.findByText(/Производственный календарь на 2027 год предварительный/)).toBeTruthy()
})

test('a partner pending expulsion opens the staff overview, and what losing partners owe is listed once, before the rest (AT-4.1, AT-1.6)', async () => {
  const owed = buildInvoice({ id: 'inv-owed', number: '2026-000007', partnerId: 'p-2', partnerName: 'ООО «Исключаемый»', isOverdue: true, workingDaysLeft: -2 })
  const other = buildInvoice({ id: 'inv-other', number: '2026-000008' })
  server.use(
    relayGet('/v1/me', buildMeVendor()),
    relayGet('/v1/program', buildProgram()),
    relayGet(
      '/v1/overview',
      buildVendorOverview({
        partners: [buildPartner({ id: 'p-2', name: 'ООО «Исключаемый»', state: 'expulsion_pending' }), buildPartner()],
        overdueTransfers: [owed],
        awaitingTransfer: [owed, other],
        expelledReceivables: [owed],
      }),
    ),
  )
  show()
  const pending = await screen.findByRole('region', { name: 'Ждут решения об исключении' })
  const sections = [...document.querySelectorAll('section.pr-section')]
  expect(sections[0]).toBe(pending)
  expect(pending.textContent).toContain('ООО «Исключаемый»')
  expect(pending.textContent).toContain('Подтвердить исключение')
  const owedSection = screen.getByRole('region', { name: 'Долги исключённых партнёров' })
  expect(sections[1]).toBe(owedSection)
  expect(screen.getAllByText('Счёт № 2026-000007')).toHaveLength(1)
  expect(screen.getByRole('region', { name: 'Партнёры' }).textContent).not.toContain('ООО «Исключаемый»')
})

test.each([
  {
    locale: 'ru' as const,
    section: 'Решение по заявке просрочено',
    overdue: 'Решить надо было до 17.11.2026',
    due: 'Решить до 24.11.2026',
    alsoAsked: 'Тоже просил закрепить, 18.11.2026:',
  },
  {
    locale: 'en' as const,
    section: 'Pin decisions overdue',
    overdue: 'Decision was due by 17/11/2026',
    due: 'Decide by 24/11/2026',
    alsoAsked: 'Also asked for this client, 18/11/2026:',
  },
])('staff see pin requests past their decision day in a marked list of their own, with who else asked ($locale, AT-1.2a)', async (words) => {
  const overdue = buildPinRequest({
    id: 'pin-old',
    accountNumber: '31000001',
    clientName: 'ООО «Давний»',
    decisionDueOn: '2026-11-17',
    isDecisionOverdue: true,
    otherInterest: [{ partnerId: 'p-9', partnerName: 'ООО «Второй»', at: '2026-11-18T06:00:00Z' }],
  })
  const fresh = buildPinRequest({ id: 'pin-new', accountNumber: '31000002', clientName: 'ООО «Свежий»', decisionDueOn: '2026-11-24' })
  server.use(
    relayGet('/v1/me', buildMeVendor()),
    relayGet('/v1/program', buildProgram()),
    relayGet('/v1/overview', buildVendorOverview({ pinRequests: [overdue, fresh] })),
  )
  show({ locale: words.locale })
  const marked = (await screen.findByText(words.overdue)).closest('section') as HTMLElement
  expect(marked.querySelector('h2,h3')?.textContent).toBe(words.section)
  expect(marked.textContent).toContain('ООО «Давний»')
  expect(marked.textContent).toContain(`${words.alsoAsked}ООО «Второй»`)
  // Listed once: the overdue request is not repeated among the others.
  expect(marked.textContent).not.toContain('ООО «Свежий»')
  const others = screen.getByText(words.due).closest('section') as HTMLElement
  expect(others.textContent).not.toContain('ООО «Давний»')
})
