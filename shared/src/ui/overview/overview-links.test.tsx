// @vitest-environment happy-dom
import { configure, fireEvent, screen, waitFor } from '@testing-library/preact'
import { expect, test } from 'vitest'
import {
  buildClient,
  buildInvoice,
  buildLedger,
  buildMePartner,
  buildMeVendor,
  buildPartner,
  buildPartnerCard,
  buildPartnerOverview,
  buildPin,
  buildPinRequest,
  buildProgram,
  buildVendorCard,
  buildVendorOverview,
} from '../../testing/fixtures'
import { useOverviewScreen } from '../../testing/overview-screen'
import { relayGet } from '../../testing/relay-server'

// The client card and the partner panel are a chunk loaded on first use.
configure({ asyncUtilTimeout: 5_000 })

const { server, show: showOverview } = useOverviewScreen()
const show = (locale: 'ru' | 'en' = 'ru') => showOverview({ locale })

const requested = buildPinRequest({
  id: 'pin-3',
  accountNumber: '31000003',
  clientName: 'ООО «Бета»',
  partnerId: 'p-2',
  partnerName: 'ООО «Альфа Интеграция»',
  state: 'requested',
  decidedAt: null,
})

const vendorOverview = () =>
  server.use(
    relayGet('/v1/me', buildMeVendor()),
    relayGet('/v1/program', buildProgram()),
    relayGet('/v1/overview', buildVendorOverview({ pinRequests: [requested] })),
  )

test("a client in the vendor's pin requests opens its card inside the overview, and the way back returns focus to it (AT-1.2)", async () => {
  vendorOverview()
  server.use(
    relayGet(
      '/v1/clients/31000003',
      buildVendorCard({
        accountNumber: '31000003',
        client: buildClient({ accountNumber: '31000003', name: 'ООО «Бета»' }),
        pin: requested,
        pinHistory: [requested],
      }),
    ),
  )
  show()
  const link = await screen.findByRole('button', { name: 'ООО «Бета» · Аккаунт 31000003' })
  link.focus()
  fireEvent.click(link)
  expect(await screen.findByText('История закреплений')).toBeTruthy()
  const back = screen.getByRole('button', { name: '← Назад к обзору' })
  await waitFor(() => expect(document.activeElement).toBe(back))
  fireEvent.click(back)
  await waitFor(() => expect(document.activeElement?.textContent).toBe('ООО «Бета» · Аккаунт 31000003'))
  expect(screen.queryByText('История закреплений')).toBeNull()
})

test("a partner's name in the vendor's lists opens the partner: INN, state, discount, violations (AT-4.1, AT-5.2)", async () => {
  server.use(
    relayGet('/v1/me', buildMeVendor()),
    relayGet('/v1/program', buildProgram()),
    relayGet(
      '/v1/overview',
      buildVendorOverview({
        pinRequests: [requested],
        partners: [
          buildPartner({ id: 'p-2', name: 'ООО «Альфа Интеграция»', inn: '7707083893', liveViolations: 1, state: 'restricted', currentDiscountBps: 2500 }),
        ],
      }),
    ),
  )
  show()
  const links = await screen.findAllByRole('button', { name: 'ООО «Альфа Интеграция»' })
  fireEvent.click(links[0])
  expect(await screen.findByText('7707083893')).toBeTruthy()
  expect(screen.getByRole('button', { name: '← Назад к обзору' })).toBeTruthy()
  expect(screen.getByText('Скидка партнёра')).toBeTruthy()
  expect(screen.getByText('25 %', { exact: false })).toBeTruthy()
})

test("the partner's own pins and transfers waiting open the client, in English too", async () => {
  server.use(
    relayGet('/v1/me', buildMePartner()),
    relayGet('/v1/program', buildProgram()),
    relayGet('/v1/ledger', buildLedger()),
    relayGet(
      '/v1/overview',
      buildPartnerOverview({
        pins: [buildPin({ accountNumber: '31000001', clientName: 'АО «Альфа»' })],
        awaitingTransfer: [buildInvoice({ accountNumber: '31000001', clientName: 'АО «Альфа»' })],
      }),
    ),
  )
  server.use(relayGet('/v1/clients/31000001', buildPartnerCard({ accountNumber: '31000001', pin: null })))
  show('en')
  const links = await screen.findAllByRole('button', { name: 'АО «Альфа» · Account 31000001' })
  expect(links.length).toBe(2)
  fireEvent.click(links[0])
  expect(await screen.findByRole('button', { name: '← Back to the overview' })).toBeTruthy()
  expect(await screen.findByRole('button', { name: 'Request a pin' })).toBeTruthy()
})

test("the partner's standing names the status its discounts follow, never the program's id for it (AG-1.5)", async () => {
  const me = buildMePartner()
  server.use(
    relayGet('/v1/me', { ...me, partner: { ...me.partner!, status: 'silver', statusName: 'Серебряный партнёр', effectiveStatus: 'authorized' } }),
    relayGet('/v1/program', buildProgram({ statuses: [{ id: 'authorized', name: 'Авторизованный партнёр' }] })),
    relayGet('/v1/ledger', buildLedger()),
    relayGet('/v1/overview', buildPartnerOverview()),
  )
  show()
  expect(await screen.findByText('Скидки сейчас — по статусу «Авторизованный партнёр»')).toBeTruthy()
  expect(screen.queryByText('authorized', { exact: false })).toBeNull()
})
