import type { Locator, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { createLinkCode, createPartner } from './support/admin-api'
import { amoUrl, installAndLink, openAmo, widgetColumn } from './support/amocrm-ui'
import { pdfText, screenshot } from './support/artifacts'
import { CLIENTS, PARTNERS } from './support/e2e-world'
import { type Stack, startStack } from './support/start-stack'

const ALPHA = PARTNERS.alpha
const BETA = PARTNERS.beta
const CLIENT = CLIENTS.amocrm
/** The other client card the harness shows in every CRM: Альфа's deal registration holds the first one. */
const BETA_CLIENT = CLIENTS.bitrix24
let stack: Stack
let alphaId: string
let betaId: string
const pages = {} as Record<'vendor' | 'alpha' | 'beta', Page>
/** Errors thrown in either page: a status tab that throws while loading only ever shows «Загрузка…». */
const pageErrors: string[] = []

/** Today where the program lives: the relay runs on the real clock here, and dates its decisions in Moscow. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date())
/** 'YYYY-MM-DD' as the widget writes it for a Russian user. */
const ru = (date: string) => date.split('-').reverse().join('.')
/** AG-3.3a: the first day of the quarter after the one `date` falls in, worked out here from the rule itself. */
const nextQuarterStart = (date: string) => {
  const [year, month] = date.split('-').map(Number)
  const quarter = Math.ceil(month / 3)
  return quarter === 4 ? `${year + 1}-01-01` : `${year}-${String(quarter * 3 + 1).padStart(2, '0')}-01`
}
/** AG-3.3b: the next of 30 January and 30 July, today included. */
const nextReview = (date: string) => {
  const year = Number(date.slice(0, 4))
  return [`${year}-01-30`, `${year}-07-30`, `${year + 1}-01-30`].find((candidate) => candidate >= date)!
}
/** Signed before the partner came into the relay, on 15 January of last year. */
const SIGNED_ON = `${Number(today().slice(0, 4)) - 1}-01-15`
const SILVER = 'Серебряный партнёр'
const AUTHORIZED = 'Авторизованный партнёр'
const UNAUTHORIZED = 'Партнёр без авторизации'
/**
 * AG-3.1's one-time purchase with the program's prices: one «Агат UX» kit is 150 000 ₽ to the
 * client; a partner without authorization gets 15% on it, so it pays the vendor 127 500 ₽ ≥ 50 000 ₽.
 */
const FIRST_PURCHASE = { product: 'IP-АТС «Агат UX», базовый комплект', discount: '15 %', payable: '127 500,00 ₽', payableKop: 12_750_000n }

beforeAll(async () => {
  stack = await startStack({ program: 'agat-rt' })
  for (const who of ['vendor', 'alpha', 'beta'] as const) {
    pages[who] = await stack.newPage()
    pages[who].on('pageerror', (error) => pageErrors.push(`${who}: ${error.message}`))
  }
})
afterEach(() => {
  expect(pageErrors.splice(0), 'errors thrown in the page').toEqual([])
})
afterAll(() => stack?.close())

/** The widget's overview on amoCRM's advanced settings page, on one of its tabs. */
const openTab = async (who: 'vendor' | 'alpha' | 'beta', tab: string, lang: 'ru' | 'en' = 'ru') => {
  await openAmo(pages[who], amoUrl(stack, who, '/settings/widgets/partner_relay', lang))
  const area = pages[who].locator('#work-area-partner_relay')
  await area.getByRole('tab', { name: tab, exact: true }).click()
  return area
}

/** The value beside `term` in a block of facts ("Статус — Авторизованный партнёр"). */
const fact = (scope: Locator, term: string) =>
  scope
    .locator('.pr-facts__row')
    .filter({ has: scope.page().getByText(term, { exact: true }) })
    .locator('dd')

/** The partner's note on its Silver application: shown as typed, in any language. */
const APPLICATION_NOTE = 'Два сертифицированных продавца и инженер'
/** What people wrote, which reads as written in either language: the partners and clients of this story, the partner's note. */
const PROPER_NAMES = [ALPHA.name, BETA.name, CLIENT.name, BETA_CLIENT.name, APPLICATION_NOTE]
/** The Russian words left in an English screen once the names people gave are taken out. */
const russianWords = (text: string | null) => PROPER_NAMES.reduce((rest, name) => rest.replaceAll(name, ' '), text ?? '').match(/[А-Яа-яЁё]+/g) ?? []

/** The block of the status screen titled `title`. */
const section = (area: Locator, title: string) => area.locator('section').filter({ has: area.page().getByRole('heading', { name: title, exact: true }) })

/** Vendor staff open one partner's records from the status board, the partner picked as the list names it. */
const openStaffPanel = async (partnerLabel = `${ALPHA.name} — ${AUTHORIZED}`) => {
  const area = await openTab('vendor', 'Статусы')
  await area.getByText('Статус партнёра: записи вендора').waitFor()
  await area.getByLabel('Партнёр', { exact: true }).selectOption({ label: partnerLabel })
  await area.getByRole('button', { name: 'Записать дату' }).waitFor()
  return area
}

describe('Agat RT in amoCRM: a partner applies for Silver and vendor staff decide on the status board', () => {
  test('vendor staff and an authorized partner install the widget and link their accounts with one-time codes', async () => {
    // An existing partner moved into the relay at its status: authorized from today (AG-3.1).
    alphaId = await createPartner(stack, { ...ALPHA, status: 'authorized' })
    await installAndLink(pages.vendor, { stack, who: 'vendor', code: await createLinkCode(stack, { role: 'vendor' }), linkedText: 'Привязано как вендор' })
    await installAndLink(pages.alpha, {
      stack,
      who: 'alpha',
      code: await createLinkCode(stack, { partnerId: alphaId }),
      linkedText: `Привязано к партнёру «${ALPHA.name}»`,
    })
  })

  test('vendor staff record the partner agreement and the Silver requirements from the status board (AG-3.1, AG-REQ)', async () => {
    const area = await openStaffPanel()
    await section(area, 'Заявки на статус').getByText('Новых заявок нет').waitFor()
    const agreement = section(area, 'Партнёрское соглашение')
    await agreement.getByLabel('Дата подписания').fill(SIGNED_ON)
    await agreement.getByRole('button', { name: 'Записать дату' }).click()
    await agreement.getByText('Сохранено').waitFor()
    await expect.poll(() => fact(section(area, 'Статус в программе'), 'Партнёрское соглашение').textContent()).toBe(ru(SIGNED_ON))
    const evidence = section(area, 'Подтверждения требований')
    await evidence.getByText('Подтверждений пока нет').waitFor()
    for (const [requirement, note] of [
      ['Сайт с корректной информацией о продукции', 'Раздел «Агат РТ» на сайте партнёра проверен'],
      ['Сертифицированные специалисты по продажам', 'Сертификаты продавцов № 114, 115'],
      ['Сертифицированные технические специалисты', 'Сертификат инженера № 207'],
    ]) {
      await evidence.getByLabel('Требование', { exact: true }).selectOption({ label: requirement })
      await evidence.getByLabel('Основание: документ, ссылка, комментарий').fill(note)
      await evidence.getByRole('button', { name: 'Записать подтверждение' }).click()
      await evidence.locator('li', { hasText: note }).getByText(requirement).waitFor()
    }
    const checklists = section(area, 'Требования к статусам')
    await checklists.locator('details', { hasText: SILVER }).getByText('Требования выполнены').waitFor()
    const partner = await stack.relay.deps.db
      .selectFrom('partners')
      .select(['agreement_signed_on', 'authorized_on'])
      .where('id', '=', alphaId)
      .executeTakeFirstOrThrow()
    expect(partner).toEqual({ agreement_signed_on: SIGNED_ON, authorized_on: today() })
  })

  test('the partner sees its status, the Silver checklist and its purchase volume, and applies for Silver (AG-3.3a)', async () => {
    const area = await openTab('alpha', 'Статус')
    const summary = section(area, 'Статус в программе')
    await fact(summary, 'Статус').getByText(AUTHORIZED).waitFor()
    expect(await fact(summary, 'Партнёрское соглашение').textContent()).toBe(ru(SIGNED_ON))
    expect(await fact(summary, 'Авторизация').textContent()).toBe(ru(today()))
    expect(await fact(summary, 'Следующие итоги полугодия').textContent()).toBe(ru(nextReview(today())))
    const gold = area.getByRole('progressbar', { name: 'Объём закупок за полугодие: Золотой партнёр' })
    expect((await gold.getAttribute('aria-valuetext'))?.replace(/\s/g, ' ')).toBe('0,00 ₽ из 7 000 000,00 ₽')
    await section(area, 'Требования к статусам').locator('details', { hasText: SILVER }).getByText('Требования выполнены').waitFor()
    await area.getByText('После одобрения статус действует с первого дня следующего квартала до конца года (п. 3.3 Программы).').waitFor()
    await area.getByLabel('Комментарий для вендора (необязательно)').fill(APPLICATION_NOTE)
    await area.getByRole('button', { name: `Подать заявку на «${SILVER}»` }).click()
    const application = area.locator('li', { hasText: `На статус «${SILVER}»` })
    await application.getByText('На рассмотрении').waitFor()
    await application.getByText(`от ${ru(today())}`).waitFor()
    await expect.poll(() => area.getByRole('button', { name: `Подать заявку на «${SILVER}»` }).count()).toBe(0)
    await screenshot(pages.alpha, 'amocrm-agat-partner-applied')
  })

  test('vendor staff approve the application on the board: Silver from the first day of the next quarter (AG-3.3a)', async () => {
    const area = await openTab('vendor', 'Статусы')
    const applications = section(area, 'Заявки на статус')
    const item = applications.locator('li', { hasText: ALPHA.name })
    await item.getByText(`На статус «${SILVER}»`).waitFor()
    await item.getByText(APPLICATION_NOTE).waitFor()
    await screenshot(pages.vendor, 'amocrm-agat-status-board-application')
    const effectiveOn = nextQuarterStart(today())
    const until = `${effectiveOn.slice(0, 4)}-12-31`
    await item.getByRole('button', { name: 'Одобрить' }).click()
    await applications.getByText(`Заявка «${ALPHA.name}» одобрена: статус «${SILVER}» с ${ru(effectiveOn)}`).waitFor()
    await applications.getByText('Новых заявок нет').waitFor()
    const changes = section(area, 'Запланированные изменения')
    await changes.getByText(`«${AUTHORIZED}» → «${SILVER}» с ${ru(effectiveOn)}`).waitFor()
    const scheduled = await stack.relay.deps.db
      .selectFrom('status_changes')
      .select(['from_status', 'to_status', 'effective_on', 'valid_until', 'state', 'source'])
      .where('partner_id', '=', alphaId)
      .execute()
    expect(scheduled).toEqual([
      { from_status: 'authorized', to_status: 'silver', effective_on: effectiveOn, valid_until: until, state: 'pending', source: 'application' },
    ])
    const [partner] = await stack.relay.deps.db.selectFrom('partners').select('status').where('id', '=', alphaId).execute()
    expect(partner.status).toBe('authorized')
    await screenshot(pages.vendor, 'amocrm-agat-status-board', { forDocs: true })
  })

  test('the partner sees Silver pending from the next quarter, still authorized today (AG-3.3a)', async () => {
    const effectiveOn = nextQuarterStart(today())
    const area = await openTab('alpha', 'Статус')
    const summary = section(area, 'Статус в программе')
    await fact(summary, 'Статус').getByText(AUTHORIZED).waitFor()
    await summary.getByText('Предстоящие изменения').waitFor()
    await summary.getByText(`С ${ru(effectiveOn)} — «${SILVER}»`).waitFor()
    const application = area.locator('li', { hasText: `На статус «${SILVER}»` })
    await application.getByText('Одобрена').waitFor()
    await application.getByText(`Статус с ${ru(effectiveOn)} · до 31.12.${effectiveOn.slice(0, 4)}`).waitFor()
    await screenshot(pages.alpha, 'amocrm-agat-partner-status', { forDocs: true })
  })

  test("in English the status tab names every status by the program's English name, with no Russian word (AG-3)", async () => {
    const area = await openTab('alpha', 'Status', 'en')
    const summary = section(area, 'Status in the program')
    await fact(summary, 'Status').getByText('Authorized partner').waitFor()
    await area.getByText('Silver partner').first().waitFor()
    expect(russianWords(await area.textContent())).toEqual([])
  })

  test('projects are registered from Gold: the partner is told so, and its client registration reaches the board (AG-4)', async () => {
    let area = await openTab('alpha', 'Статус')
    const registrations = section(area, 'Регистрации сделок')
    await registrations.getByText('Регистраций пока нет').waitFor()
    await registrations.getByText('Регистрация проектов открыта со статуса «Золотой партнёр» (п. 4 Программы).').waitFor()
    expect(await registrations.getByRole('button', { name: 'Зарегистрировать проект' }).count()).toBe(0)
    // Deal protection is the authorized partner's: it registers its client from the client's card.
    await openAmo(pages.alpha, amoUrl(stack, 'alpha', `/companies/detail/${CLIENT.cardId}`))
    const column = widgetColumn(pages.alpha)
    await column.getByText('Клиент не зарегистрирован').waitFor()
    await column.getByRole('button', { name: 'Зарегистрировать' }).click()
    await column.getByText('Заявка на рассмотрении').waitFor()
    area = await openTab('alpha', 'Статус')
    const own = section(area, 'Регистрации сделок').locator('li', { hasText: CLIENT.name })
    await own.getByText('На рассмотрении').waitFor()
    const board = section(await openTab('vendor', 'Статусы'), 'Регистрации сделок')
    const seen = board.locator('li', { hasText: CLIENT.name })
    await seen.getByText(ALPHA.name).waitFor()
    await seen.getByText('На рассмотрении').waitFor()
  })
})

/** What the widget shows as text, with the no-break spaces of Russian number formats made plain. */
const plain = async (locator: Locator) => (await locator.textContent())?.replace(/\s/g, ' ')

describe('Agat RT in amoCRM: a new partner earns its authorization through the widget (AG-3.1)', () => {
  test('a partner new to the program, without a status, installs the widget and links its account', async () => {
    betaId = await createPartner(stack, BETA)
    await installAndLink(pages.beta, {
      stack,
      who: 'beta',
      code: await createLinkCode(stack, { partnerId: betaId }),
      linkedText: `Привязано к партнёру «${BETA.name}»`,
    })
    const partner = await stack.relay.deps.db.selectFrom('partners').select(['status', 'authorized_on']).where('id', '=', betaId).executeTakeFirstOrThrow()
    expect(partner).toEqual({ status: 'unauthorized', authorized_on: null })
  })

  test('it registers its client and, with no deal registration, quotes and invoices the one-time purchase (AG-3.1, AG-4)', async () => {
    await openAmo(pages.beta, amoUrl(stack, 'beta', `/companies/detail/${BETA_CLIENT.cardId}`))
    const column = widgetColumn(pages.beta)
    await column.getByText('Клиент не зарегистрирован').waitFor()
    await column.getByRole('button', { name: 'Зарегистрировать' }).click()
    // Deal protection comes after authorization (AG-4): the card says what a registration is, and invoicing needs none.
    await column.getByText('Регистрация сделок откроется после авторизации (п. 4 Программы).').waitFor()
    expect(await column.textContent()).not.toContain('вознаграждение не начисляется')
    await column.getByLabel('Продукт').selectOption({ label: FIRST_PURCHASE.product })
    await column.getByLabel('Количество, шт.').fill('1')
    await expect.poll(() => plain(column.locator('.pr-totals__row--main dd')), { timeout: 10_000 }).toBe(FIRST_PURCHASE.payable)
    expect(await plain(column.locator('.pr-totals__row', { hasText: 'Скидка партнёра' }).locator('dd'))).toBe(FIRST_PURCHASE.discount)
    const create = column.getByRole('button', { name: 'Выставить счёт' })
    await expect.poll(() => create.isEnabled(), { timeout: 10_000 }).toBe(true)
    await create.click()
    await column
      .getByText(/Счёт № \d{4}-\d{6} выставлен/)
      .first()
      .waitFor()
    await column.getByRole('button', { name: 'Отметить оплату' }).click()
    await column.getByText(/Перевести вендору до \d{2}\.\d{2}\.\d{4}/).waitFor()
    await screenshot(pages.beta, 'amocrm-agat-first-purchase')
    const invoices = await stack.relay.deps.db
      .selectFrom('invoices')
      .select(['payable_kop', 'client_paid_on'])
      .where('partner_id', '=', betaId)
      .where('account_number', '=', BETA_CLIENT.accountNumber)
      .execute()
    expect(invoices).toEqual([{ payable_kop: FIRST_PURCHASE.payableKop, client_paid_on: today() }])
    expect(await stack.relay.deps.db.selectFrom('pins').select('id').where('partner_id', '=', betaId).execute()).toEqual([])
  })

  test('vendor staff record its agreement, then the transfer on the client card: the partner is authorized (AG-3.1)', async () => {
    const area = await openStaffPanel(`${BETA.name} — ${UNAUTHORIZED}`)
    const agreement = section(area, 'Партнёрское соглашение')
    await agreement.getByLabel('Дата подписания').fill(today())
    await agreement.getByRole('button', { name: 'Записать дату' }).click()
    await agreement.getByText('Сохранено').waitFor()
    // The agreement alone is not the authorization: the purchase has not reached the vendor yet.
    const before = await stack.relay.deps.db.selectFrom('partners').select(['status', 'agreement_signed_on']).where('id', '=', betaId).executeTakeFirstOrThrow()
    expect(before).toEqual({ status: 'unauthorized', agreement_signed_on: today() })
    await openAmo(pages.vendor, amoUrl(stack, 'vendor', `/companies/detail/${BETA_CLIENT.cardId}`))
    const column = widgetColumn(pages.vendor)
    await column.getByText(`Клиент оплатил ${ru(today())}`).waitFor()
    await column.getByRole('button', { name: 'Перевод получен' }).click()
    await column.getByText(`Перевод получен ${ru(today())}`).waitFor()
    const history = await stack.relay.deps.db
      .selectFrom('status_history')
      .select(['from_status', 'to_status', 'effective_on', 'source'])
      .where('partner_id', '=', betaId)
      .orderBy('id')
      .execute()
    expect(history).toEqual([
      { from_status: null, to_status: 'unauthorized', effective_on: today(), source: 'created' },
      { from_status: 'unauthorized', to_status: 'authorized', effective_on: today(), source: 'authorization' },
    ])
  })

  test('its Статус tab shows «Авторизованный партнёр» until 31 January next year and offers the certificate (AG-3.1)', async () => {
    const area = await openTab('beta', 'Статус')
    const summary = section(area, 'Статус в программе')
    await fact(summary, 'Статус').getByText(AUTHORIZED).waitFor()
    expect(await fact(summary, 'Авторизация').textContent()).toBe(ru(today()))
    expect(await fact(summary, 'Сертификат действует до').textContent()).toBe(`31.01.${Number(today().slice(0, 4)) + 1}`)
    const [download] = await Promise.all([pages.beta.waitForEvent('download'), summary.getByRole('button', { name: 'Скачать сертификат (PDF)' }).click()])
    const text = pdfText(await download.path())
    // Without poppler's pdftotext, only the file type is checked.
    if (text !== null) {
      expect(text).toContain(BETA.name)
      expect(text).toContain(AUTHORIZED)
    }
    await screenshot(pages.beta, 'amocrm-agat-authorized')
  })

  test("in English its status tab and its client's paid items read in English: no Russian word but the names people gave (AG-3.1, AT-4.2)", async () => {
    const area = await openTab('beta', 'Status', 'en')
    await fact(section(area, 'Status in the program'), 'Status').getByText('Authorized partner').waitFor()
    expect(russianWords(await area.textContent())).toEqual([])
    await openAmo(pages.beta, amoUrl(stack, 'beta', `/companies/detail/${BETA_CLIENT.cardId}`, 'en'))
    const paid = widgetColumn(pages.beta)
      .locator('section')
      .filter({ has: pages.beta.getByRole('heading', { name: 'Paid items', exact: true }) })
    await paid.getByText(/IP PBX «Agat UX», base kit/).waitFor()
    expect(russianWords(await paid.textContent())).toEqual([])
  })
})
