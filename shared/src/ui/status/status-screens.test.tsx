// @vitest-environment happy-dom
import { configure, fireEvent, screen, waitFor } from '@testing-library/preact'
import { HttpResponse, http } from 'msw'
import { expect, test } from 'vitest'
import { buildLedger, buildPartnerOverview, buildVendorOverview } from '../../testing/fixtures'
import { useOverviewScreen } from '../../testing/overview-screen'
import { RELAY_URL, relayGet } from '../../testing/relay-server'
import {
  buildAgatProgram,
  buildMeAgatPartner,
  buildMeAgatVendor,
  buildPartnerStatus,
  buildReview,
  buildStatusApplication,
  buildStatusBoard,
  buildStatusChange,
} from '../../testing/status-fixtures'

// Each status tab is a chunk loaded when it is first opened; on a busy two-core CI machine that first
// load alone can take longer than the default second of the find* queries.
configure({ asyncUtilTimeout: 5_000 })

const { server, show: showOverview } = useOverviewScreen()

/** Formatted money uses no-break spaces; compare it as plain text. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/\s/g, ' ')

const show = (role: 'partner' | 'vendor', locale: 'ru' | 'en' = 'ru') => {
  server.use(
    relayGet('/v1/me', role === 'partner' ? buildMeAgatPartner() : buildMeAgatVendor()),
    relayGet('/v1/program', buildAgatProgram()),
    relayGet('/v1/overview', role === 'partner' ? buildPartnerOverview() : buildVendorOverview()),
    relayGet('/v1/ledger', buildLedger()),
    // The deal registrations and the staff panel's partner list, empty unless a test says otherwise.
    relayGet('/v1/registrations', { registrations: [] }),
    relayGet('/v1/partners', { partners: [] }),
  )
  showOverview({ locale })
}

test("the partner's status tab shows the volume against a threshold as a bar and the requirements checklist (AG-REQ)", async () => {
  server.use(relayGet('/v1/partners/p-1/status', buildPartnerStatus()))
  show('partner')
  const summary = await screen.findByRole('tab', { name: 'Сводка' })
  expect(summary.getAttribute('aria-selected')).toBe('true')
  fireEvent.keyDown(summary, { key: 'ArrowRight' })
  expect(screen.getByRole('tab', { name: 'Статус' }).getAttribute('aria-selected')).toBe('true')
  const bar = await screen.findByRole('progressbar', { name: 'Объём закупок за полугодие: Золотой партнёр' })
  expect(plain(bar.getAttribute('aria-valuetext'))).toBe('1 200 000,00 ₽ из 7 000 000,00 ₽')
  expect(screen.getByText('Не хватает: 2')).toBeTruthy()
  expect(screen.getByText('Отзыв заказчика')).toBeTruthy()
  expect(screen.getByText('2 из 2')).toBeTruthy()
  expect(screen.getByText('30.01.2027')).toBeTruthy()
  expect(screen.getByRole('button', { name: 'Скачать сертификат (PDF)' })).toBeTruthy()
})

test('applying for Silver shows the application under review and offers no second one (AG-3.3a)', async () => {
  let status = buildPartnerStatus()
  server.use(
    http.get(`${RELAY_URL}/v1/partners/p-1/status`, () => HttpResponse.json(status)),
    http.post(`${RELAY_URL}/v1/status-applications`, () => {
      const application = buildStatusApplication()
      status = buildPartnerStatus({ canApplyFor: [], applications: [application] })
      return HttpResponse.json({ application }, { status: 201 })
    }),
  )
  show('partner')
  fireEvent.click(await screen.findByRole('tab', { name: 'Статус' }))
  fireEvent.click(await screen.findByRole('button', { name: 'Подать заявку на «Серебряный партнёр»' }))
  expect(await screen.findByText('На рассмотрении')).toBeTruthy()
  expect(screen.getByText('На статус «Серебряный партнёр»')).toBeTruthy()
  expect(screen.queryByRole('button', { name: 'Подать заявку на «Серебряный партнёр»' })).toBeNull()
})

test('staff approve an application on the status board and see from when it applies (AG-3.3a)', async () => {
  let board = buildStatusBoard({ pendingApplications: [buildStatusApplication()] })
  server.use(
    http.get(`${RELAY_URL}/v1/status-board`, () => HttpResponse.json(board)),
    http.post(`${RELAY_URL}/v1/status-applications/app-1/approve`, () => {
      board = buildStatusBoard()
      return HttpResponse.json({ application: buildStatusApplication({ state: 'approved', effectiveOn: '2027-01-01' }) })
    }),
  )
  show('vendor')
  fireEvent.click(await screen.findByRole('tab', { name: 'Статусы' }))
  fireEvent.click(await screen.findByRole('button', { name: 'Одобрить' }))
  expect(await screen.findByText('Заявка «ООО «Ромашка»» одобрена: статус «Серебряный партнёр» с 01.01.2027')).toBeTruthy()
  expect(await screen.findByText('Новых заявок нет')).toBeTruthy()
})

test('staff change a proposed status before confirming the half-year review (AG-3.3b)', async () => {
  const review = buildReview()
  let body: unknown
  server.use(
    relayGet('/v1/reviews', { reviews: [{ ...review, proposals: undefined, partners: 1, upgrades: 1, downgrades: 0 }] }),
    relayGet('/v1/reviews/rev-1', { review }),
    http.post(`${RELAY_URL}/v1/reviews/rev-1/confirm`, async ({ request }) => {
      body = await request.json()
      const proposals = review.proposals.map((proposal) => ({ ...proposal, decidedStatus: 'silver', decisionNote: 'Нет отчётности' }))
      return HttpResponse.json({ review: { ...review, state: 'confirmed', confirmedAt: '2026-07-30T09:00:00Z', proposals } })
    }),
  )
  show('vendor')
  fireEvent.click(await screen.findByRole('tab', { name: 'Полугодовые итоги' }))
  fireEvent.click(await screen.findByRole('button', { name: 'Открыть итоги 2026-H1' }))
  expect(await screen.findByText('«Серебряный партнёр» → «Золотой партнёр»')).toBeTruthy()
  expect(plain(screen.getByRole('progressbar', { name: 'Объём закупок за полугодие: Золотой партнёр' }).getAttribute('aria-valuetext'))).toBe(
    '8 000 000,00 ₽ из 7 000 000,00 ₽',
  )
  fireEvent.change(screen.getByLabelText('Решение'), { target: { value: 'silver' } })
  fireEvent.input(await screen.findByLabelText('Комментарий к решению (необязательно)'), { target: { value: 'Нет отчётности' } })
  expect(screen.getByText(/Изменённых решений: 1/)).toBeTruthy()
  fireEvent.click(screen.getByRole('button', { name: 'Подтвердить итоги' }))
  expect(screen.getByText('Подтвердить итоги 2026-H1? После подтверждения список не изменить.')).toBeTruthy()
  expect(body).toBeUndefined()
  fireEvent.click(screen.getByRole('button', { name: 'Подтвердить итоги' }))
  expect(await screen.findByText('Решение: «Серебряный партнёр»')).toBeTruthy()
  await waitFor(() => expect(body).toEqual({ decisions: [{ partnerId: 'p-1', status: 'silver', note: 'Нет отчётности' }] }))
  expect(screen.getByText('Итоги подтверждены: изменения статусов запланированы')).toBeTruthy()
})

/** A status the relay moved by itself, one vendor staff moved with a typed reason, and a change it approved. */
const reasonedStatus = () =>
  buildPartnerStatus({
    history: [
      {
        fromStatus: 'silver',
        toStatus: 'authorized',
        toStatusName: 'Авторизованный партнёр',
        effectiveOn: '2026-09-01',
        validUntil: null,
        source: 'staff',
        reason: 'Договор расторгнут',
        recordedAt: '2026-09-01T09:00:00Z',
      },
      {
        fromStatus: 'unauthorized',
        toStatus: 'authorized',
        toStatusName: 'Авторизованный партнёр',
        effectiveOn: '2026-03-02',
        validUntil: '2027-01-31',
        source: 'authorization',
        reason: 'AG-3.1: agreement signed on 2026-02-10, transfer for invoice 2026-000012 received on 2026-03-02',
        systemReason: { code: 'authorized', params: { agreementSignedOn: '2026-02-10', invoiceNumber: '2026-000012', transferReceivedOn: '2026-03-02' } },
        recordedAt: '2026-03-02T09:00:00Z',
      },
    ],
    pendingChanges: [
      buildStatusChange({
        reason: 'Application of 2026-11-23 approved on 2026-11-25 (AG-3.3a)',
        systemReason: { code: 'applicationApproved', params: { appliedOn: '2026-11-23', approvedOn: '2026-11-25' } },
      }),
    ],
  })

test("the relay's own reasons read in Russian with Russian dates, a staff reason as typed (AG-3.1, AG-3.3a)", async () => {
  server.use(relayGet('/v1/partners/p-1/status', reasonedStatus()))
  show('partner')
  fireEvent.click(await screen.findByRole('tab', { name: 'Статус' }))
  expect(
    await screen.findByText(
      'авторизация · до 31.01.2027 · соглашение подписано 10.02.2026, перевод по счёту № 2026-000012 поступил 02.03.2026 (п. 3.1 Программы)',
    ),
  ).toBeTruthy()
  expect(screen.getByText('по заявке · заявка от 23.11.2026 одобрена 25.11.2026 (п. 3.3 Программы)')).toBeTruthy()
  expect(screen.getByText('решение вендора · Договор расторгнут')).toBeTruthy()
  expect(screen.queryByText(/AG-3\.1|approved on/)).toBeNull()
})

test("the relay's own reasons read in English in an English CRM, a staff reason as typed (AG-3.1, AG-3.3a)", async () => {
  server.use(relayGet('/v1/partners/p-1/status', reasonedStatus()))
  show('partner', 'en')
  fireEvent.click(await screen.findByRole('tab', { name: 'Status' }))
  expect(
    await screen.findByText(
      'authorization · until 31/01/2027 · agreement signed on 10/02/2026, transfer for invoice 2026-000012 received on 02/03/2026 (clause 3.1 of the Program)',
    ),
  ).toBeTruthy()
  expect(screen.getByText('on application · application of 23/11/2026 approved on 25/11/2026 (clause 3.3 of the Program)')).toBeTruthy()
  expect(screen.getByText("vendor's decision · Договор расторгнут")).toBeTruthy()
})

test("the board words a confirmed review's change in Russian and keeps a staff reason as typed (AG-3.3b)", async () => {
  const review = buildStatusChange({
    id: 'chg-2',
    toStatus: 'gold',
    toStatusName: 'Золотой партнёр',
    effectiveOn: '2026-07-30',
    validUntil: null,
    source: 'review',
    reason: 'Half-year review 2026-H1, list of 2026-07-30 (AG-3.3b)',
    systemReason: { code: 'reviewConfirmed', params: { period: '2026-H1', publicationOn: '2026-07-30' } },
  })
  const staff = buildStatusChange({ id: 'chg-3', partnerName: 'ООО «Вектор»', source: 'staff', reason: 'Нет сертифицированных специалистов' })
  server.use(relayGet('/v1/status-board', buildStatusBoard({ pendingChanges: [review, staff] })))
  show('vendor')
  fireEvent.click(await screen.findByRole('tab', { name: 'Статусы' }))
  expect(await screen.findByText('по итогам полугодия · список от 30.07.2026 за 1-е полугодие 2026 г. (п. 3.3 Программы)')).toBeTruthy()
  expect(screen.getByText('решение вендора · Нет сертифицированных специалистов')).toBeTruthy()
})

test('the status tab says why discounts follow a lower status and what the end of the Silver term brings, with dates (AG-1.5, AG-3.3a)', async () => {
  server.use(
    relayGet(
      '/v1/partners/p-1/status',
      buildPartnerStatus({
        status: 'silver',
        statusName: 'Серебряный партнёр',
        effectiveStatus: 'authorized',
        statusValidUntil: '2026-12-31',
        certificateValidUntil: null,
        explanations: [
          { code: 'discountDowngraded', rule: 'AG-1.5', params: { since: '2026-11-20', violations: 1 } },
          {
            code: 'renewalAtRisk',
            rule: 'AG-3.3a',
            params: { kind: 'status', validUntil: '2026-12-31', checkOn: '2027-01-01', missing: ['certifiedSales', 'certifiedTechnical', 'website'] },
          },
        ],
      }),
    ),
  )
  show('partner')
  fireEvent.click(await screen.findByRole('tab', { name: 'Статус' }))
  expect(
    await screen.findByText(
      'Скидки сейчас — по статусу «Авторизованный партнёр», на ступень ниже статуса «Серебряный партнёр»: с 20.11.2026 у партнёра действует нарушение (действующих нарушений: 1). Скидки статуса «Серебряный партнёр» вернутся со дня, когда вендор снимет нарушение (п. 1.5 Программы).',
    ),
  ).toBeTruthy()
  const risk = screen.getByText(/^Статус действует до 31\.12\.2026\. 01\.01\.2027 он продлится автоматически/)
  expect(risk.textContent).toContain('сейчас не выполнено (3): Сертифицированные специалисты по продажам')
  expect(risk.textContent).toContain('вправе понизить статус (п. 3.3 Программы)')
  expect(screen.queryByText('Скидки сейчас — по статусу «Авторизованный партнёр»')).toBeNull()
})

test('in English the certificate renewal is said with its date (AG-3.2)', async () => {
  server.use(
    relayGet(
      '/v1/partners/p-1/status',
      buildPartnerStatus({
        explanations: [{ code: 'renewsIfHeld', rule: 'AG-3.2', params: { kind: 'certificate', validUntil: '2027-01-31', checkOn: '2027-01-31', missing: [] } }],
      }),
    ),
  )
  show('partner', 'en')
  fireEvent.click(await screen.findByRole('tab', { name: 'Status' }))
  expect(
    await screen.findByText(
      'The certificate is valid until 31/01/2027. That day it renews for a year by itself if the requirements still hold — they hold now (clause 3.2 of the Program).',
    ),
  ).toBeTruthy()
})

/** The tab's text with the names people gave (partners, a staff reason) taken out: what is left is the widget's and the program's words. */
const wordsOf = (element: HTMLElement, names: string[]) => names.reduce((text, name) => text.replaceAll(name, ' '), element.textContent ?? '')

test("in English the status tab names every status by the program file's English name, with no Russian word (AG-3, AG-REQ)", async () => {
  server.use(
    relayGet(
      '/v1/partners/p-1/status',
      buildPartnerStatus({
        status: 'silver',
        statusName: 'Серебряный партнёр',
        effectiveStatus: 'authorized',
        canApplyFor: [],
        applications: [buildStatusApplication({ state: 'approved' })],
        pendingChanges: [buildStatusChange({ toStatus: 'gold', toStatusName: 'Золотой партнёр' })],
      }),
    ),
  )
  show('partner', 'en')
  fireEvent.click(await screen.findByRole('tab', { name: 'Status' }))
  await screen.findByRole('progressbar', { name: 'Half-year purchase volume: Gold partner' })
  const panel = screen.getByRole('tabpanel')
  expect(panel.textContent).toContain('Silver partner')
  expect(panel.textContent).toContain('Authorized partner')
  expect(wordsOf(panel, ['ООО «Ромашка»']).match(/[А-Яа-яЁё]+/g) ?? []).toEqual([])
})

test('in English the status board names statuses in English, with no Russian word but the names people gave (AG-3.3a)', async () => {
  server.use(relayGet('/v1/status-board', buildStatusBoard({ pendingApplications: [buildStatusApplication()], pendingChanges: [buildStatusChange()] })))
  show('vendor', 'en')
  fireEvent.click(await screen.findByRole('tab', { name: 'Statuses' }))
  const panel = await screen.findByRole('tabpanel')
  await waitFor(() => expect(panel.textContent).toContain('Silver partner'))
  expect(wordsOf(panel, ['ООО «Ромашка»']).match(/[А-Яа-яЁё]+/g) ?? []).toEqual([])
})
