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
