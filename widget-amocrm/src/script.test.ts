// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "handleDisabledFileLoadingAsSuccess": true } }
import { fireEvent, screen, waitFor } from '@testing-library/preact'
import $ from 'jquery'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeAll, beforeEach, expect, test } from 'vitest'
import { ru } from '../../shared/src/i18n/ru'
import { buildMePartner, buildPartnerCard } from '../../shared/src/testing/fixtures'
import { RELAY_URL, relayGet, useRelayServer } from '../../shared/src/testing/relay-server'
import type { AjaxOptions, AmoSettings, JqPromise } from './amocrm-types'
import PartnerRelayWidget from './script'

const server = useRelayServer()

type Callbacks = Record<string, (...args: unknown[]) => boolean>

/** Builds the widget the way amoCRM does: system methods on the prototype, then `new`. */
const createWidget = (settings: AmoSettings) => {
  const Widget = PartnerRelayWidget as unknown as { new (): { callbacks: Callbacks }; prototype: Record<string, unknown> }
  Object.assign(Widget.prototype, {
    get_settings: () => settings,
    system: () => ({ area: 'comcard' }),
    render_template: ({ body }: { body: string }) => document.getElementById('widgets')?.insertAdjacentHTML('beforeend', body),
    $authorizedAjax: (options: AjaxOptions) => $.ajax({ ...options, headers: { ...options.headers, 'X-Auth-Token': 'jwt' } }) as unknown as JqPromise,
  })
  return new Widget()
}

/** amoCRM's requirejs, as far as the widget uses it: it fetches each screen's file by URL. Here the
 * files are the screens' sources; `unreachable` plays a network failure. */
const requested: string[] = []
let unreachable = false
const SCREENS: Record<string, () => Promise<unknown>> = {
  card: () => import('./screens/card'),
  overview: () => import('./screens/overview'),
  settings: () => import('./screens/settings'),
}
const requirejs = ([url]: string[], onLoad: (module: unknown) => void, onError: (error: Error) => void) => {
  requested.push(url)
  const load = SCREENS[/\/(\w+)\.js\?v=/.exec(url)?.[1] ?? '']
  if (unreachable || !load) onError(new Error(`Script error for "${url}"`))
  else void load().then(onLoad)
}

// The first import of a screen compiles it: not what these tests time.
beforeAll(() => Promise.all(Object.values(SCREENS).map((load) => load())))

beforeEach(() => {
  requested.length = 0
  unreachable = false
  document.body.innerHTML = '<div id="widgets"></div><div id="modal"><div class="widget_settings_block"><div class="widget_settings_block__item_field"><input name="relay_url"></div></div></div>'
  Object.assign(globalThis, { requirejs, APP: { isCard: () => true, getBaseEntity: () => 'companies', data: { current_card: { id: 42 } }, lang_id: 'ru' } })
})
afterEach(() => {
  delete (globalThis as { APP?: unknown; requirejs?: unknown }).APP
  delete (globalThis as { requirejs?: unknown }).requirejs
})

test('on a company card it renders the panel with the account number read from the card field', async () => {
  let token: string | null = null
  server.use(
    http.get('*/api/v4/companies/42', () =>
      HttpResponse.json({ name: 'ООО «Вектор»', custom_fields_values: [{ field_id: 7, field_name: 'Номер аккаунта', values: [{ value: 'A-1001' }] }] }),
    ),
    http.get(`${RELAY_URL}/v1/me`, ({ request }) => {
      token = request.headers.get('x-auth-token')
      return HttpResponse.json(buildMePartner())
    }),
    relayGet('/v1/clients/A-1001', buildPartnerCard({ pin: null })),
  )
  const widget = createWidget({ relay_url: RELAY_URL, account_field: 'Номер аккаунта', path: '/widgets/partner_relay', version: '1.0.0', widget_code: 'partner_relay' })
  expect(widget.callbacks.render()).toBe(true)
  expect(widget.callbacks.init()).toBe(true)
  expect(widget.callbacks.bind_actions()).toBe(true)
  expect(await screen.findByRole('button', { name: 'Подать заявку на закрепление' })).toBeTruthy()
  expect(screen.getByText('A-1001')).toBeTruthy()
  expect(token).toBe('jwt')
  expect(document.querySelector('link[href="/widgets/partner_relay/style.css?v=1.0.0"]')).toBeTruthy()
  // A card fetches its own screen file, versioned, and nothing of the overview's.
  expect(requested).toEqual(['/widgets/partner_relay/card.js?v=1.0.0'])
  expect(widget.callbacks.destroy()).toBe(true)
  expect(document.querySelector('.pr-root')).toBeNull()
})

test("settings hide amoCRM's own inputs and fill them as the user types, for amoCRM's Save", async () => {
  server.use(relayGet('/v1/me', buildMePartner()))
  const widget = createWidget({ relay_url: RELAY_URL, account_field: '', path: '/widgets/partner_relay', version: '1.0.0', widget_code: 'partner_relay' })
  expect(widget.callbacks.settings($('#modal'))).toBe(true)
  const field = await screen.findByLabelText('Поле карточки с номером аккаунта')
  fireEvent.input(field, { target: { value: 'Номер аккаунта' } })
  expect((document.querySelector('.widget_settings_block__item_field') as HTMLElement).style.display).toBe('none')
  await waitFor(() => expect(screen.getByText('Привязано к партнёру «ООО «Ромашка»»')).toBeTruthy())
  fireEvent.input(screen.getByLabelText('Адрес сервиса'), { target: { value: 'https://relay.example.ru' } })
  expect((document.querySelector('input[name="relay_url"]') as HTMLInputElement).value).toBe('https://relay.example.ru')
  widget.callbacks.destroy()
})

test('a screen file that does not load says so in words and loads again on retry', async () => {
  server.use(
    http.get('*/api/v4/companies/42', () => HttpResponse.json({ name: 'ООО «Вектор»', custom_fields_values: [{ field_id: 7, field_name: 'Номер аккаунта', values: [{ value: 'A-1001' }] }] })),
    relayGet('/v1/me', buildMePartner()),
    relayGet('/v1/clients/A-1001', buildPartnerCard({ pin: null })),
  )
  unreachable = true
  const widget = createWidget({ relay_url: RELAY_URL, account_field: 'Номер аккаунта', path: '/widgets/partner_relay', version: '1.0.0', widget_code: 'partner_relay' })
  Object.assign(Object.getPrototypeOf(widget), { langs: { ui: ru } })
  expect(widget.callbacks.render()).toBe(true)
  await screen.findByRole('button', { name: 'Повторить' })
  expect(screen.getByText(/Нет связи с сервисом/)).toBeTruthy()
  unreachable = false
  fireEvent.click(screen.getByRole('button', { name: 'Повторить' }))
  expect(await screen.findByRole('button', { name: 'Подать заявку на закрепление' })).toBeTruthy()
  expect(requested).toHaveLength(2)
  widget.callbacks.destroy()
})

test('leaving a card before its screen file arrives mounts nothing', async () => {
  server.use(relayGet('/v1/me', buildMePartner()))
  const widget = createWidget({ relay_url: RELAY_URL, path: '/widgets/partner_relay', version: '1.0.0', widget_code: 'partner_relay' })
  expect(widget.callbacks.render()).toBe(true)
  expect(widget.callbacks.destroy()).toBe(true)
  await SCREENS.card()
  await new Promise((resolve) => setTimeout(resolve, 50))
  expect(document.querySelector('.pr-root')).toBeNull()
})
