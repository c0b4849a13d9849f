// @vitest-environment happy-dom
import { screen, within } from '@testing-library/preact'
import { expect, test } from 'vitest'
import {
  buildInvoice,
  buildLedger,
  buildMePartner,
  buildMeVendor,
  buildPartnerOverview,
  buildPinRequest,
  buildProgram,
  buildVendorOverview,
} from '../../testing/fixtures'
import { useOverviewScreen } from '../../testing/overview-screen'
import { relayGet } from '../../testing/relay-server'

const { server, show: showOverview } = useOverviewScreen()
const show = (locale: 'ru' | 'en') => showOverview({ locale })

/** The text of the list item that holds `text`. */
const itemOf = async (text: string) => ((await screen.findByText(text)).closest('li') as HTMLElement).textContent

const requested = buildPinRequest({ id: 'pin-3', accountNumber: '31000003', clientName: 'ООО «Бета»', state: 'requested', decidedAt: null })
const awaiting = buildInvoice({ accountNumber: '31000001', clientName: 'АО «Альфа»', clientPaidOn: '2026-04-27', transferDueOn: '2026-04-30' })

test.each([
  { locale: 'ru', account: (n: string) => `Аккаунт ${n}` },
  { locale: 'en', account: (n: string) => `Account ${n}` },
] as const)("the vendor's pin requests and transfers waiting name the client beside its number ($locale)", async ({ locale, account }) => {
  server.use(
    relayGet('/v1/me', buildMeVendor()),
    relayGet('/v1/program', buildProgram()),
    relayGet('/v1/overview', buildVendorOverview({ pinRequests: [requested], awaitingTransfer: [awaiting] })),
  )
  show(locale)
  expect(await itemOf('ООО «Бета»')).toContain(account('31000003'))
  expect(await itemOf('АО «Альфа»')).toContain(account('31000001'))
})

test.each([
  { locale: 'ru', account: 'Аккаунт 31000003' },
  { locale: 'en', account: 'Account 31000003' },
] as const)("the partner's pins and transfers waiting name the client beside its number ($locale)", async ({ locale, account }) => {
  server.use(
    relayGet('/v1/me', buildMePartner()),
    relayGet('/v1/program', buildProgram()),
    relayGet('/v1/overview', buildPartnerOverview({ pins: [requested], awaitingTransfer: [awaiting] })),
    relayGet('/v1/ledger', buildLedger()),
  )
  show(locale)
  const pin = (await screen.findByText('ООО «Бета»')).closest('li') as HTMLElement
  expect(within(pin).getByText(account)).toBeTruthy()
  expect(await itemOf('АО «Альфа»')).toContain(locale === 'ru' ? 'Аккаунт 31000001' : 'Account 31000001')
})

test('an invoice with no account keeps its line without a client', async () => {
  server.use(
    relayGet('/v1/me', buildMeVendor()),
    relayGet('/v1/program', buildProgram()),
    relayGet('/v1/overview', buildVendorOverview({ awaitingTransfer: [buildInvoice({ accountNumber: null, clientName: null })] })),
  )
  show('ru')
  const item = (await screen.findByText('Счёт № 2026-000123')).closest('li') as HTMLElement
  expect(item.textContent).not.toContain('Аккаунт')
})
