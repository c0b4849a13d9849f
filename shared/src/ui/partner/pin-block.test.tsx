// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/preact'
import { HttpResponse, http } from 'msw'
import { afterEach, expect, test } from 'vitest'
import { mountCard } from '../../mount'
import { buildHost } from '../../testing/fake-host'
import { buildMePartner, buildPartnerCard, buildProgram, buildQuote } from '../../testing/fixtures'
import { RELAY_URL, relayGet, useRelayServer } from '../../testing/relay-server'

const server = useRelayServer()
let unmount: (() => void) | undefined
afterEach(() => {
  unmount?.()
  cleanup()
})

const show = (mayRequestPins: boolean) => {
  const me = buildMePartner()
  server.use(
    relayGet('/v1/me', { ...me, partner: { ...me.partner!, mayRequestPins } }),
    relayGet('/v1/clients/A-1001', buildPartnerCard({ pin: null, requiresPin: false, canInvoice: true })),
    relayGet('/v1/program', buildProgram()),
    http.post(`${RELAY_URL}/v1/quotes`, () => HttpResponse.json(buildQuote())),
  )
  const element = document.createElement('div')
  document.body.append(element)
  unmount = mountCard(element, buildHost())
}

test('a partner whose status registers deals is not told registration waits for authorization (AG-4)', async () => {
  show(true)
  expect(await screen.findByText('Регистрация защищает сделку от других партнёров (п. 4 Программы).')).toBeTruthy()
  expect(screen.queryByText('после авторизации', { exact: false })).toBeNull()
})

test('a partner without authorization is told registration opens once authorized, as the relay refuses it (AG-4)', async () => {
  show(false)
  expect(await screen.findByText('Регистрация сделок откроется после авторизации (п. 4 Программы).')).toBeTruthy()
})

test('a partner pending expulsion is told in words why no pin is offered, and offered none (AT-4.1)', async () => {
  const me = buildMePartner()
  server.use(
    relayGet('/v1/me', { ...me, partner: { ...me.partner!, state: 'expulsion_pending', mayRequestPins: false } }),
    relayGet(
      '/v1/clients/A-1001',
      buildPartnerCard({
        pin: null,
        requiresPin: true,
        canInvoice: false,
        pinRefusal: { code: 'partner_expulsion_pending', message: 'pending', rule: 'AT-4.1' },
      }),
    ),
    relayGet('/v1/program', buildProgram()),
  )
  const element = document.createElement('div')
  document.body.append(element)
  unmount = mountCard(element, buildHost())
  expect(
    await screen.findByText('Повторное нарушение: до решения об исключении новые клиенты, закрепления и регистрации сделок недоступны — п. 4.1 Правил'),
  ).toBeTruthy()
  expect(screen.getByText('Повторное нарушение: вендор решает вопрос об исключении', { exact: false })).toBeTruthy()
  expect(screen.queryByRole('button', { name: 'Подать заявку на закрепление' })).toBeNull()
})
