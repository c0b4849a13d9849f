import { esc } from '../dom.js'

const NAV = [
  { key: 'leads', label: 'Сделки', icon: '₽' },
  { key: 'companies', label: 'Компании', icon: '◧', href: '/companies' },
  { key: 'settings', label: 'Настройки', icon: '⚙', href: '/settings/widgets' },
]

const i18nOf = (config, key) => key.split('.').reduce((node, part) => node?.[part], config.widget.i18n)

/** A link inside the single-page app, keeping who is signed in and the language. */
export const spaLink = (config, path) => `${config.base}${path}${location.search}`

export const renderLayout = (config, root) => {
  const advanced = config.widget.manifest?.advanced && config.installation?.active
  const nav = [
    ...NAV,
    ...(advanced
      ? [
          {
            key: 'advanced',
            label: i18nOf(config, config.widget.manifest.advanced.title) ?? 'Виджет',
            icon: '★',
            href: `/settings/widgets/${config.widget.code}`,
          },
        ]
      : []),
  ]
  root.innerHTML = `
    <nav class="amo-nav" aria-label="Разделы">
      <div class="amo-nav__logo">amo</div>
      ${nav
        .map((item) =>
          item.href
            ? `<a class="amo-nav__item" data-spa data-nav="${item.key}" href="${esc(spaLink(config, item.href))}"><span>${item.icon}</span>${esc(item.label)}</a>`
            : `<span class="amo-nav__item amo-nav__item--off"><span>${item.icon}</span>${esc(item.label)}</span>`,
        )
        .join('')}
    </nav>
    <div class="amo-page">
      <header class="amo-top">
        <span class="amo-top__account">${esc(config.account.title)}</span>
        <span class="amo-top__user">${esc(config.user.name)}${config.user.isAdmin ? ' · администратор' : ''}</span>
        ${config.homeUrl ? `<a class="amo-top__home" href="${esc(config.homeUrl)}">← к выбору роли</a>` : ''}
      </header>
      <main class="amo-main" id="amo-main"></main>
    </div>`
}

const fieldRow = (label, value) => `<div class="amo-card__field"><span>${esc(label)}</span><b>${esc(value ?? '—')}</b></div>`

const views = {
  comlist: (config) => `
    <h1 class="amo-h1">Компании</h1>
    <table class="amo-list"><thead><tr><th>Название</th><th>Номер аккаунта</th></tr></thead><tbody>
    ${config.clients
      .map(
        (c) =>
          `<tr><td><a data-spa href="${esc(spaLink(config, `/companies/detail/${c.cardId}`))}">${esc(c.name)}</a></td><td>${esc(c.accountNumber ?? '—')}</td></tr>`,
      )
      .join('')}
    </tbody></table>`,
  comcard: (config, route) => {
    const card = route.card
    return `
    <div class="amo-card">
      <section class="amo-card__info">
        <a class="amo-back" data-spa href="${esc(spaLink(config, '/companies'))}">← Компании</a>
        <h1 class="amo-card__name">${esc(card.name)}</h1>
        <div class="amo-card__tabs"><span class="is-active">Основное</span><span>Статистика</span></div>
        ${fieldRow('Номер аккаунта', card.accountNumber)}
        ${fieldRow('ИНН', card.inn)}
        ${fieldRow('Ответственный', config.user.name)}
      </section>
      <section class="amo-card__feed">
        <div class="amo-feed__note">Компания создана · 03.02.2026</div>
        <div class="amo-feed__note">Звонок: обсудили продление лицензий</div>
      </section>
      <aside class="card-widgets" aria-label="Виджеты"></aside>
    </div>`
  },
  settings: (config) => {
    const name = i18nOf(config, 'widget.name') ?? 'Виджет'
    const state = config.installation?.active ? 'Установлен' : 'Не установлен'
    return `
    <h1 class="amo-h1">Интеграции</h1>
    <button class="amo-tile" id="amo-widget-tile" type="button">
      <img src="${esc(config.widget.path)}/images/logo_main.png" alt="" width="200" height="136">
      <span class="amo-tile__name">${esc(name)}</span>
      <span class="amo-tile__descr">${esc(i18nOf(config, 'widget.short_description') ?? '')}</span>
      <span class="amo-tile__state">${state}</span>
    </button>`
  },
  advanced_settings: (config) => `<div class="amo-advanced" id="work-area-${esc(config.widget.code)}"></div>`,
  missing: () => `<p class="amo-empty">Такой страницы нет.</p>`,
}

export const renderMain = (config, route) => {
  document.getElementById('amo-main').innerHTML = (views[route.area] ?? views.missing)(config, route)
  document.querySelectorAll('.amo-nav__item').forEach((item) => item.classList.toggle('is-active', item.dataset.nav === route.nav))
}

export const renderError = (root, message) => {
  root.innerHTML = `<div class="amo-error" role="alert"><h1>Виджет не загружен</h1><p>${esc(message)}</p></div>`
}
