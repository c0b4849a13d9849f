import { DEMO_ROLES } from './demo-accounts'
import { DEMO_IDENTITIES } from './demo-identities'
import { WIDGET_CODE } from './harness/amocrm/amocrm-router'
import { DEMO_CLIENTS } from './harness/harness-clients'
import { html, page, raw } from './harness/html'

const SHOWS: Record<string, string> = {
  '31000001': 'клиент «Альфы»: закреплён, есть закрытый счёт и счёт, ждущий перевода',
  '31000002': 'клиент «Альфы»: заявка на закрепление ждёт решения вендора',
  '31000003': 'клиент «Альфы»: зарегистрирован, не закреплён',
  '31000004': 'клиент «Беты»: закреплён',
  '31000005': 'демо-аккаунт «Беты»: закреплять и выставлять счета нельзя',
  '31000006': 'вендор ведёт с клиентом прямые переговоры',
  '31000007': 'не зарегистрирован: партнёр может зарегистрировать и закрепить',
}

type Links = { lang: 'ru' | 'en' /** The demo's PGlite directory; none on PostgreSQL. */; dataDir?: string }

const query = (values: Record<string, string>) => `?${new URLSearchParams(values)}`

/** The demo's start page: who you are, which CRM, which card — with a line on what each card shows. */
export const demoPage = ({ lang, dataDir }: Links) => {
  const amo = (who: keyof typeof DEMO_IDENTITIES, path: string) => `/demo/amocrm${path}${query({ account: DEMO_IDENTITIES[who].amocrm, user: '1', lang })}`
  const b24 = (who: keyof typeof DEMO_IDENTITIES, path: string, extra: Record<string, string> = {}) =>
    `/demo/bitrix24${path}${query({ member: DEMO_IDENTITIES[who].bitrix24, user: '1', lang, ...extra })}`
  const roles = DEMO_ROLES.map(
    ({ who, title, about }) => html`<section class="demo-role">
      <h2>${title}</h2><p>${about}</p>
      <p><a href="${amo(who, `/settings/widgets/${WIDGET_CODE}`)}">Обзор в amoCRM</a> · <a href="${b24(who, '/marketplace/app/17/')}">Приложение в Битрикс24</a></p>
    </section>`,
  )
  const rows = DEMO_CLIENTS.map(
    (client) => html`<tr>
      <td>${client.name}<small>${client.accountNumber ? `аккаунт ${client.accountNumber}` : 'без номера аккаунта'}</small></td>
      <td>${client.accountNumber ? (SHOWS[client.accountNumber] ?? 'номер вписан в карточку из виджета') : 'в карточке нет номера: виджет попросит его ввести'}</td>
      ${DEMO_ROLES.map(
        ({ who }) =>
          html`<td class="demo-links"><a href="${amo(who, `/companies/detail/${client.cardId}`)}">amoCRM</a> <a href="${b24(who, `/crm/company/details/${client.cardId}/`, { tab: '0' })}">Битрикс24</a></td>`,
      )}
    </tr>`,
  )
  const other = lang === 'ru' ? html`<a href="/demo?lang=en">English</a>` : html`<a href="/demo">русский</a>`
  return page({
    title: 'Partner Relay — демо',
    lang: 'ru',
    bodyClass: 'demo',
    head: raw('<link rel="stylesheet" href="/demo/assets/demo.css">'),
    body: html`<main class="demo">
  <h1>Partner Relay — демо</h1>
  <p class="demo-lead">Настоящие виджеты из <code>npm run build</code> работают здесь внутри страниц, изображающих amoCRM и Битрикс24,
  на демо-данных этого сервера. Выберите, кем войти, и откройте карточку клиента. Язык интерфейса виджетов: <b>${lang === 'ru' ? 'русский' : 'English'}</b> (${other}).</p>
  <div class="demo-roles">${roles}</div>
  <table class="demo-clients">
    <thead><tr><th>Карточка</th><th>Что в ней видно</th>${DEMO_ROLES.map(({ title }) => html`<th>${title}</th>`)}</tr></thead>
    <tbody>${rows}</tbody>
  </table>
  <p class="demo-note">Токены amoCRM здесь подписывает демо-интеграция, а портал Битрикс24 отвечает этим же сервером по адресу <code>/rest</code>:
  так демо работает без настоящих CRM. ${dataDir ? html`Демо-данные лежат в <code>${dataDir}</code>; чтобы начать заново, остановите сервер и удалите эту папку.` : html`Демо-данные лежат в базе PostgreSQL из <code>DATABASE_URL</code>.`}
  Боевой запуск — с <code>DEMO=0</code> (или с <code>DATABASE_URL</code>): он работает со своей базой и демо-данных не видит.</p>
</main>`,
  })
}
