// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact'
import { HttpResponse, http } from 'msw'
import { expect, test } from 'vitest'
import { buildLedgerOf, buildMePartner, buildPartnerOverview, buildProgram } from '../../testing/fixtures'
import { useOverviewScreen } from '../../testing/overview-screen'
import { RELAY_URL, relayGet } from '../../testing/relay-server'

const { server, show: showOverview } = useOverviewScreen()

const number = '2026-000001'
const statement = buildLedgerOf([
  {
    kind: 'invoice.issued',
    at: '2026-04-27T08:00:00Z',
    invoiceNumber: number,
    postings: [
      ['client-receivable', 10_000_00],
      ['vendor-payable', -8_000_00],
      ['reward', -2_000_00],
    ],
  },
  {
    kind: 'client.paid',
    at: '2026-04-28T08:00:00Z',
    invoiceNumber: number,
    postings: [
      ['cash', 10_000_00],
      ['client-receivable', -10_000_00],
    ],
  },
  {
    kind: 'transfer.received',
    at: '2026-05-05T08:00:00Z',
    invoiceNumber: number,
    postings: [
      ['vendor-payable', 8_000_00],
      ['cash', -8_000_00],
    ],
  },
  {
    kind: 'reversal',
    at: '2026-05-06T08:00:00Z',
    invoiceNumber: number,
    postings: [
      ['vendor-payable', -8_000_00],
      ['cash', 8_000_00],
    ],
  },
])

/** Money is written with no-break spaces; compare the words. */
const words = (text: string | null) => (text ?? '').replace(/\s/g, ' ')

/** The partner's overview over a statement. */
const mount = (locale: 'ru' | 'en', ledger = statement) => {
  server.use(
    relayGet('/v1/me', buildMePartner()),
    relayGet('/v1/program', buildProgram()),
    relayGet('/v1/overview', buildPartnerOverview({ pins: [] })),
    relayGet('/v1/ledger', ledger),
  )
  showOverview({ locale })
}

const show = async (locale: 'ru' | 'en') => {
  mount(locale)
  await screen.findByText(locale === 'ru' ? 'Сторно' : 'Reversal')
  return document.querySelector('table.pr-ledger') as HTMLTableElement
}

test('the statement names accounts and operations in words, each operation once, with what is owed to the vendor after it (X-2)', async () => {
  const table = await show('ru')
  const rows = within(table).getAllByRole('row').slice(1)
  expect(rows).toHaveLength(4)
  expect(
    rows.map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => words(cell.textContent)),
    ),
  ).toEqual([
    [
      '27.04.2026',
      expect.stringMatching(/^Счёт выставлен · счёт № 2026-000001Долг клиента\+10 000,00 ₽К оплате вендору\+8 000,00 ₽Вознаграждение\+2 000,00 ₽$/),
      '10 000,00 ₽',
      'К оплате вендору: 8 000,00 ₽',
    ],
    ['28.04.2026', expect.stringMatching(/^Клиент оплатил/), '10 000,00 ₽', 'К оплате вендору: 8 000,00 ₽'],
    ['05.05.2026', expect.stringMatching(/^Перевод получен/), '8 000,00 ₽', 'К оплате вендору: 0,00 ₽'],
    ['06.05.2026', expect.stringMatching(/^Сторно/), '-8 000,00 ₽', 'К оплате вендору: 8 000,00 ₽'],
  ])
  expect(table.closest('section')?.textContent).not.toMatch(/partner:|p-1|invoice\.issued|client\.paid|transfer\.received|reversal|receivable|payable/)
  // Balances at the top, each account in words and in its own direction.
  expect(words(screen.getByText('Долг клиента', { selector: 'dt' }).nextElementSibling?.textContent ?? null)).toBe('0,00 ₽')
  expect(words(screen.getByText('Деньги у партнёра', { selector: 'dt' }).nextElementSibling?.textContent ?? null)).toBe('10 000,00 ₽')
  expect(words(screen.getByText('К оплате вендору', { selector: 'dt' }).nextElementSibling?.textContent ?? null)).toBe('8 000,00 ₽')
  expect(words(screen.getByText('Вознаграждение', { selector: 'dt' }).nextElementSibling?.textContent ?? null)).toBe('2 000,00 ₽')
})

test('in English the statement has no Russian word and no code', async () => {
  const table = await show('en')
  expect(within(table).getByText('Invoice issued')).toBeTruthy()
  expect(within(table).getByText('Client paid')).toBeTruthy()
  expect(within(table).getByText('Transfer received')).toBeTruthy()
  expect(within(table).getByText('Reversal')).toBeTruthy()
  expect(screen.getByText('Owed by clients', { selector: 'dt' })).toBeTruthy()
  expect(table.textContent).not.toMatch(/[а-яё]/i)
  expect(table.textContent).not.toMatch(/partner:|invoice\.issued|client\.paid/)
})

test('a credit note on a settled invoice shows under its invoice with its PDF, and what the vendor owes the partner (X-2)', async () => {
  let asked = ''
  const settled = buildLedgerOf([
    {
      kind: 'transfer.received',
      at: '2026-05-05T08:00:00Z',
      invoiceNumber: number,
      postings: [
        ['vendor-payable', 8_000_00],
        ['cash', -8_000_00],
      ],
    },
    {
      kind: 'credit.noted',
      at: '2026-05-07T08:00:00Z',
      invoiceNumber: number,
      creditNoteNumber: 'К-2026-000001',
      postings: [
        ['vendor-credit', 2_000_00],
        ['reward', 500_00],
        ['client-refund', -2_500_00],
      ],
    },
  ])
  server.use(
    http.get(`${RELAY_URL}/v1/credit-notes/:id/pdf`, ({ params }) => {
      asked = String(params.id)
      return new HttpResponse(new Uint8Array([37, 80, 68, 70]), { headers: { 'content-type': 'application/pdf' } })
    }),
  )
  mount('ru', settled)
  const operation = await screen.findByText('Корректировочный счёт')
  const cell = operation.closest('td') as HTMLElement
  expect(words(cell.textContent)).toMatch(/^Корректировочный счёт · счёт № 2026-000001 · корректировочный счёт № К-2026-000001/)
  expect(words(screen.getByText('Вендор должен партнёру', { selector: 'dt' }).nextElementSibling?.textContent ?? null)).toBe('2 000,00 ₽')
  expect(words(screen.getByText('К возврату клиенту', { selector: 'dt' }).nextElementSibling?.textContent ?? null)).toBe('2 500,00 ₽')
  fireEvent.click(within(cell).getByRole('button', { name: 'Скачать PDF корректировочного счёта № К-2026-000001' }))
  await waitFor(() => expect(asked).toBe('cn-К-2026-000001'))
})
