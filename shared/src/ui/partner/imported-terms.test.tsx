// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/preact'
import { HttpResponse, http } from 'msw'
import { afterEach, expect, test } from 'vitest'
import { mountCard } from '../../mount'
import { buildHost } from '../../testing/fake-host'
import { buildMePartner, buildPartnerCard, buildProgram, buildQuote, buildSublicense } from '../../testing/fixtures'
import { RELAY_URL, relayGet, useRelayServer } from '../../testing/relay-server'

const server = useRelayServer()
let unmount: (() => void) | undefined
afterEach(() => {
  unmount?.()
  cleanup()
})

test('a term paid before the relay, brought by an import, shows until when it is paid and where it came from (issue 10)', async () => {
  const imported = buildSublicense({
    invoiceId: 'term-1',
    invoiceNumber: '',
    months: null,
    paidFrom: null,
    paidThrough: '2027-02-28',
    transferOnTime: null,
    imported: true,
  })
  server.use(
    relayGet('/v1/me', buildMePartner()),
    relayGet('/v1/clients/A-1001', buildPartnerCard({ sublicenses: [imported], supportedUntil: '2027-02-28' })),
    relayGet('/v1/program', buildProgram()),
    http.post(`${RELAY_URL}/v1/quotes`, () => HttpResponse.json(buildQuote())),
  )
  const element = document.createElement('div')
  document.body.append(element)
  unmount = mountCard(element, buildHost())
  expect(await screen.findByText('оплачено до 28.02.2027', {}, { timeout: 3000 })).toBeTruthy()
  expect(screen.getByText('из прежнего кабинета')).toBeTruthy()
  expect(screen.getByText('5 сублицензий')).toBeTruthy()
  expect(screen.queryByText(/счёт №/)).toBeNull()
})
