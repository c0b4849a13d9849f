// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/preact'
import { afterEach, beforeAll, expect, test } from 'vitest'
import { mountApp } from '../mount'
import { buildHost } from '../testing/fake-host'
import { preloadLazyParts } from '../testing/preload-lazy-parts'
import { relayError, useRelayServer } from '../testing/relay-server'

beforeAll(preloadLazyParts)

const server = useRelayServer()
let unmount: (() => void) | undefined
afterEach(() => {
  unmount?.()
  cleanup()
})

test.each([
  {
    label: 'an account never linked (403) opens the settings, where the link code goes',
    code: 'forbidden',
    status: 403,
    tab: 'Настройки',
    shown: 'Эта CRM ещё не привязана',
  },
  {
    label: 'an identity the relay could not verify (401) stays on the overview and says so',
    code: 'unauthenticated',
    status: 401,
    tab: 'Обзор',
    shown: 'Не удалось подтвердить вход через CRM — обновите страницу',
  },
])('$label', async ({ code, status, tab, shown }) => {
  server.use(relayError('get', '/v1/me', code, status))
  const element = document.createElement('div')
  document.body.append(element)
  unmount = mountApp(element, buildHost({ entity: null }))
  expect(await screen.findByText(shown, { exact: false })).toBeTruthy()
  expect(screen.getByRole('tab', { selected: true }).textContent).toBe(tab)
})
