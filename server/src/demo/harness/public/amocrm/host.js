import { readConfig, toast } from '../dom.js'
import { closeCard, createApp, openCard } from './app-global.js'
import { renderError, renderLayout, renderMain } from './layout.js'
import { openSettingsModal } from './settings-modal.js'
import { installSystemMethods } from './widget-system.js'

const config = readConfig('amo-config')
// What the tests read: every callback amoCRM made, in order, and what went against the contract.
const log = (window.__amo = { calls: [], notifications: [], violations: [], tokensIssued: 0, ready: false })
const app = createApp(config, log)
window.APP = app
window.AMOCRM = app

const requireAsync = (ids) => new Promise((resolve, reject) => window.require(ids, (...modules) => resolve(modules), reject))

const routeOf = () => {
  const path = location.pathname.slice(config.base.length).replace(/\/$/, '')
  const card = /^\/companies\/detail\/(\d+)$/.exec(path)
  if (card) {
    const client = config.clients.find((c) => String(c.cardId) === card[1])
    return client ? { area: 'comcard', nav: 'companies', card: client } : { area: 'missing' }
  }
  if (path === '' || path === '/companies') return { area: 'comlist', nav: 'companies' }
  if (path === '/settings/widgets') return { area: 'settings', nav: 'settings' }
  if (path === `/settings/widgets/${config.widget.code}`) return { area: 'advanced_settings', nav: 'advanced' }
  return { area: 'missing' }
}

let area = null
let widget = null
let isEntered = false
let isInitDone = false
let staged = {}
const host = { area: () => area, settings: () => ({ ...config.installation?.settings, ...staged }), stageSettings: (values) => Object.assign(staged, values) }
const areas = new Set((config.widget.manifest?.locations ?? []).map((location) => location.replace(/-\d+$/, '')))

/** Calls one callback the way amoCRM does (`widget.callbacks.render()`), and checks it answered true. */
const call = (name, ...args) => {
  log.calls.push({ name, area })
  const callback = widget?.callbacks?.[name]
  if (typeof callback !== 'function') return true
  const answer = callback.apply(widget.callbacks, args)
  if (answer !== true) log.violations.push(`${name} returned ${String(answer)} instead of true (area ${area})`)
  return answer
}

const leave = () => {
  if (isEntered) call('destroy')
  isEntered = false
  staged = {}
  closeCard(app)
}

const enter = () => {
  const route = routeOf()
  area = route.area
  renderMain(config, route)
  if (route.area === 'comcard') openCard(app, 'companies', route.card)
  if (route.area === 'settings') bindTile()
  if (!widget || !config.installation?.active || !areas.has(route.area)) return
  isEntered = true
  const skipInit = isInitDone && config.widget.manifest.widget.init_once
  if (!call('render')) return
  if (!skipInit && !call('init')) return
  isInitDone = true
  if (!call('bind_actions')) return
  if (route.area === 'advanced_settings') call('advancedSettings')
}

const go = () => {
  leave()
  enter()
}

const bindTile = () => {
  document.getElementById('amo-widget-tile')?.addEventListener('click', async () => {
    if (!config.user.isAdmin) return toast('Настройки виджетов меняет администратор аккаунта', 'error')
    const [$] = await requireAsync(['jquery'])
    openSettingsModal({ config, $, call, onChange: () => {
      renderLayout(config, document.getElementById('amo-app'))
      renderMain(config, routeOf())
      bindTile()
    } })
  })
}

const start = async () => {
  const root = document.getElementById('amo-app')
  if (config.widget.error) return renderError(root, config.widget.error)
  renderLayout(config, root)
  window.require.config({ paths: { jquery: `${config.assets}/vendor/jquery.min` } })
  const [$] = await requireAsync(['jquery'])
  const [Widget] = await requireAsync([`${config.widget.path}/script.js`])
  installSystemMethods(Widget, { config, $, host, log })
  widget = new Widget()
  document.addEventListener('click', (event) => {
    const link = event.target.closest?.('a[data-spa]')
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey) return
    event.preventDefault()
    history.pushState(null, '', link.href)
    go()
  })
  window.addEventListener('popstate', go)
  enter()
  log.ready = true
}

start().catch((error) => {
  log.violations.push(`start failed: ${error?.message ?? error}`)
  renderError(document.getElementById('amo-app'), String(error?.message ?? error))
})
