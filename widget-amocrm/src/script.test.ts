// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "handleDisabledFileLoadingAsSuccess": true } }
import { fireEvent, screen, waitFor } from '@testing-library/preact'
import $ from 'jquery'
import { HttpResponse, http } from 'msw'
import { afterEach, beforeAll, beforeEach, expect, test } from 'vitest'
import { ru } from '../../shared/src/i18n/ru'
import { buildMePartner, buildPartnerCard } from '../../shared/src/testing/fixtures'
import { RELAY_URL, relayError, relayGet, useRelayServer } from '../../shared/src/testing/relay-server'
import manifest from '../manifest.json'
import type { AjaxOptions, AmoSettings, JqPromise } from './amocrm-types'
import PartnerRelayWidget from './script'

const server = useRelayServer()

type Callbacks = Record<string, (...args: unknown[]) => boolean> & {
  onSave: (save: { active: 'Y' | 'N'; fields: Record<string, string> }) => boolean | Promise<boolean>
}

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
/** What the widget showed in amoCRM's notification centre. */
const notices: { kind: 'success' | 'error'; text: string }[] = []
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
  document.body.innerHTML =
    '<div id="widgets"></div><div id="modal"><div class="widget_settings_block"><div class="widget_settings_block__item_field"><input name="relay_url"></div></div></div>'
  notices.length = 0
  const notifications = {
    show_message: ({ text }: { text: string }) => notices.push({ kind: 'success', text }),
    show_message_error: ({ text }: { text: string }) => notices.push({ kind: 'error', text }),
  }
  Object.assign(globalThis, {
    requirejs,
    APP: { isCard: () => true, getBaseEntity: () => 'companies', data: { current_card: { id: 42 } }, lang_id: 'ru', notifications },
  })
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
  const widget = createWidget({
    relay_url: RELAY_URL,
    account_field: 'Номер аккаунта',
    path: '/widgets/partner_relay',
    version: '1.0.0',
    widget_code: 'partner_relay',
  })
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
    http.get('*/api/v4/companies/42', () =>
      HttpResponse.json({ name: 'ООО «Вектор»', custom_fields_values: [{ field_id: 7, field_name: 'Номер аккаунта', values: [{ value: 'A-1001' }] }] }),
    ),
    relayGet('/v1/me', buildMePartner()),
    relayGet('/v1/clients/A-1001', buildPartnerCard({ pin: null })),
  )
  unreachable = true
  const widget = createWidget({
    relay_url: RELAY_URL,
    account_field: 'Номер аккаунта',
    path: '/widgets/partner_relay',
    version: '1.0.0',
    widget_code: 'partner_relay',
  })
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

const SETTINGS: AmoSettings = { relay_url: RELAY_URL, account_field: '', path: '/widgets/partner_relay', version: '1.0.0', widget_code: 'partner_relay' }
const SAVE = { active: 'Y', fields: { relay_url: RELAY_URL, account_field: '' } } as const

/** The settings modal with a link code typed into our form, as a new partner leaves it before amoCRM's Save. */
const typeCodeInSettings = async (code: string) => {
  const widget = createWidget(SETTINGS)
  expect(widget.callbacks.settings($('#modal'))).toBe(true)
  await screen.findByText('Эта CRM ещё не привязана')
  fireEvent.input(screen.getByLabelText('Код привязки'), { target: { value: code } })
  return widget
}

const notLinkedYet = () => {
  let isLinked = false
  const me = http.get(`${RELAY_URL}/v1/me`, () =>
    isLinked ? HttpResponse.json(buildMePartner()) : HttpResponse.json({ error: { code: 'forbidden', message: 'not linked' } }, { status: 403 }),
  )
  return { me, link: () => (isLinked = true) }
}

test("amoCRM's Save with a code typed links with it before amoCRM stores anything, and says to whom", async () => {
  const relay = notLinkedYet()
  const codes: unknown[] = []
  server.use(
    relay.me,
    http.post(`${RELAY_URL}/v1/installations`, async ({ request }) => {
      codes.push(await request.json())
      relay.link()
      return HttpResponse.json({ installation: { crm: 'amocrm', account: '31000001', role: 'partner', partnerId: 'p-1' } }, { status: 201 })
    }),
  )
  const widget = await typeCodeInSettings(' K7-42QX ')
  const answer = widget.callbacks.onSave(SAVE)
  expect(answer).toBeInstanceOf(Promise)
  expect(await answer).toBe(true)
  expect(codes).toEqual([{ code: 'K7-42QX' }])
  expect(notices).toEqual([{ kind: 'success', text: 'Привязано к партнёру «ООО «Ромашка»»' }])
  await screen.findByText('Привязано к партнёру «ООО «Ромашка»»')
  expect((screen.getByLabelText('Код привязки') as HTMLInputElement).value).toBe('')
  // Saved again with nothing typed, amoCRM gets its plain true at once.
  expect(widget.callbacks.onSave(SAVE)).toBe(true)
  expect(codes).toHaveLength(1)
  widget.callbacks.destroy()
})

test.each([
  {
    label: 'a used code',
    answer: relayError('post', '/v1/installations', 'code_used', 409),
    reason: 'Код привязки уже использован — попросите у вендора новый',
  },
  { label: 'a mistyped code', answer: relayError('post', '/v1/installations', 'not_found', 404), reason: /Такого кода привязки нет/ },
  { label: 'an unreachable relay', answer: http.post(`${RELAY_URL}/v1/installations`, () => HttpResponse.error()), reason: /Нет связи с сервисом/ },
])("amoCRM's Save with $label keeps the window: the answer is false, the reason shows and the code stays", async ({ answer, reason }) => {
  server.use(notLinkedYet().me, answer)
  const widget = await typeCodeInSettings('K7-42QX')
  expect(await widget.callbacks.onSave(SAVE)).toBe(false)
  expect((await screen.findByRole('alert')).textContent).toMatch(reason)
  expect((screen.getByLabelText('Код привязки') as HTMLInputElement).value).toBe('K7-42QX')
  expect(notices).toEqual([])
  widget.callbacks.destroy()
})

test('a code never reaches the settings amoCRM stores, and disabling the widget links nothing', async () => {
  server.use(notLinkedYet().me)
  const widget = await typeCodeInSettings('K7-42QX')
  // amoCRM stores the manifest's settings from its own inputs: the code has neither.
  expect(Object.keys(manifest.settings)).toEqual(['relay_url', 'account_field'])
  expect(widget.callbacks.onSave({ active: 'N', fields: SAVE.fields })).toBe(true)
  widget.callbacks.destroy()
})

test('a caller that closed the window without waiting hears of a refused code, and the code is offered again', async () => {
  server.use(notLinkedYet().me, relayError('post', '/v1/installations', 'code_expired', 410))
  const widget = await typeCodeInSettings('K7-42QX')
  const answer = widget.callbacks.onSave(SAVE)
  document.getElementById('modal')?.remove()
  expect(await answer).toBe(false)
  expect(notices).toEqual([
    {
      kind: 'error',
      text: 'Код привязки не принят: Срок действия кода привязки истёк — попросите у вендора новый. Откройте настройки виджета — код остался в поле.',
    },
  ])
  document.body.insertAdjacentHTML('beforeend', '<div id="modal"><div class="widget_settings_block"></div></div>')
  expect(widget.callbacks.settings($('#modal'))).toBe(true)
  await waitFor(() => expect((screen.getByLabelText('Код привязки') as HTMLInputElement).value).toBe('K7-42QX'))
  widget.callbacks.destroy()
})
