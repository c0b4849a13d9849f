import { esc, readConfig } from '../dom.js'
import { createAppFrames } from './app-frames.js'

const config = readConfig('b24-config')
// What the tests read: every command the app sent, the refused ones, and auth refreshes.
const log = (window.__b24 = { commands: [], refused: [], refreshes: 0, ready: false })
const frameState = { tokens: config.tokens, appOptions: config.appOptions, userOptions: config.userOptions }

const post = async (path, body) => {
  const response = await fetch(`${config.base}/api/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ member: config.portal.memberId, user: config.user.id, ...body }),
  })
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`)
  return response.json()
}
const frames = createAppFrames({ config, frameState, post, log })
const link = (path, extra = {}) => {
  const query = new URLSearchParams(location.search)
  // A tab is a view of one card: links elsewhere leave it behind.
  if (!('tab' in extra)) query.delete('tab')
  for (const [key, value] of Object.entries(extra)) query.set(key, value)
  return `${config.base}${path}?${query}`
}
const appVisible = () => config.installed || config.user.isAdmin

const layout = (title, content) => `
  <header class="b24-top">
    <span class="b24-top__logo">Битрикс<b>24</b></span>
    <span class="b24-top__portal">${esc(config.portal.title)}</span>
    <span class="b24-top__user">${esc(config.user.name)} ${esc(config.user.lastName)}${config.user.isAdmin ? ' · администратор' : ''}</span>
    ${config.homeUrl ? `<a class="b24-top__home" href="${esc(config.homeUrl)}">← к выбору роли</a>` : ''}
  </header>
  <div class="b24-body">
    <nav class="b24-menu" aria-label="Меню">
      <a class="b24-menu__item" href="${esc(link('/crm/company/list'))}">CRM · Компании</a>
      ${appVisible() ? `<a class="b24-menu__item" href="${esc(link('/marketplace/app/17/'))}">${esc(config.app.title)}</a>` : ''}
    </nav>
    <main class="b24-main"><h1 class="b24-title">${esc(title)}</h1>${content}</main>
  </div>`

const companyList = () =>
  layout(
    'Компании',
    `<table class="b24-grid"><thead><tr><th>Название</th><th>Номер аккаунта</th></tr></thead><tbody>
    ${config.clients.map((c) => `<tr><td><a href="${esc(link(`/crm/company/details/${c.cardId}/`))}">${esc(c.name)}</a></td><td>${esc(c.accountNumber ?? '')}</td></tr>`).join('')}
    </tbody></table>`,
  )

const companyDetails = (client) => {
  const tabs = appVisible() ? config.placements.filter((b) => b.placement === 'CRM_COMPANY_DETAIL_TAB') : []
  const current = new URLSearchParams(location.search).get('tab')
  const tabLinks = [
    `<a class="b24-tab${current === null ? ' is-active' : ''}" href="${esc(link(`/crm/company/details/${client.cardId}/`))}">Общие</a>`,
    ...tabs.map(
      (b, i) =>
        `<a class="b24-tab${current === String(i) ? ' is-active' : ''}" data-tab="${i}" href="${esc(link(`/crm/company/details/${client.cardId}/`, { tab: String(i) }))}">${esc(b.title)}</a>`,
    ),
  ].join('')
  const general = `<div class="b24-fields">
    <div><span>Название</span><b>${esc(client.name)}</b></div>
    <div><span>Номер аккаунта</span><b>${esc(client.accountNumber ?? '—')}</b></div>
    <div><span>ИНН</span><b>${esc(client.inn ?? '—')}</b></div></div>`
  const body = current === null ? general : '<div class="b24-frame-slot" id="b24-slot"></div>'
  return {
    html: layout(client.name, `<div class="b24-tabs">${tabLinks}</div><section class="b24-tab-body">${body}</section>`),
    tab: current === null ? null : tabs[Number(current)],
  }
}

const appPage = () => {
  if (appVisible()) return layout(config.app.title, '<div class="b24-frame-slot b24-frame-slot--page" id="b24-slot"></div>')
  return layout(config.app.title, '<p class="b24-note">Приложение ещё устанавливается администратором портала.</p>')
}

const start = () => {
  const root = document.getElementById('b24-app')
  const path = location.pathname.slice(config.base.length)
  const details = /^\/crm\/company\/details\/(\d+)/.exec(path)
  if (details) {
    const client = config.clients.find((c) => String(c.cardId) === details[1])
    if (!client) return void (root.innerHTML = layout('Не найдено', '<p class="b24-note">Компания не найдена.</p>'))
    const view = companyDetails(client)
    root.innerHTML = view.html
    if (view.tab)
      frames.open(document.getElementById('b24-slot'), {
        handler: view.tab.handler,
        placement: 'CRM_COMPANY_DETAIL_TAB',
        options: { ID: String(client.cardId) },
        install: false,
      })
  } else if (path.startsWith('/marketplace/app/')) {
    root.innerHTML = appPage()
    const install = !config.installed
    if (appVisible())
      frames.open(document.getElementById('b24-slot'), {
        handler: install ? config.app.installUrl : config.app.mainUrl,
        placement: 'DEFAULT',
        options: null,
        install,
      })
  } else {
    root.innerHTML = companyList()
  }
  log.ready = true
}

start()
