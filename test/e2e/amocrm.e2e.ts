import type { Page, Request } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { ACCOUNT_FIELD } from '../../server/src/demo/harness/harness-clients'
import { createLinkCode, createPartner } from './support/admin-api'
import { amoLog, amoUrl, fillConnection, installAndLink, openAmo, openSettings, settingsField, widgetColumn } from './support/amocrm-ui'
import { screenshot } from './support/artifacts'
import { type AxeFinding, axeFindings } from './support/axe'
import { AMO_ACCOUNTS, CLIENTS, PARTNERS, type Who } from './support/e2e-world'
import { expectInvoicePdf, recordPaymentAndSeeDeadline } from './support/invoice-steps'
import { type Stack, startStack } from './support/start-stack'
import { trackRequests } from './support/track-requests'

const CLIENT = CLIENTS.amocrm
let stack: Stack
const pages = {} as Record<Who, Page>

beforeAll(async () => {
  stack = await startStack()
  for (const who of ['vendor', 'alpha', 'beta'] as const) pages[who] = await stack.newPage()
})
afterAll(() => stack?.close())

/** How the relay's database has this amoCRM account linked, if at all. */
const linkedAs = (accountId: number) =>
  stack.relay.deps.db
    .selectFrom('installations')
    .select(['role', 'partner_id'])
    .where('crm', '=', 'amocrm')
    .where('account', '=', String(accountId))
    .executeTakeFirst()

const openCard = async (who: Who, cardId = CLIENT.cardId, lang = 'ru') => {
  await openAmo(pages[who], amoUrl(stack, who, `/companies/detail/${cardId}`, lang))
  return widgetColumn(pages[who])
}

describe('amoCRM: a partner and vendor staff work one client through the widget', () => {
  test("vendor staff install the widget, then link with the widget's «Привязать»", async () => {
    const code = await createLinkCode(stack, { role: 'vendor' })
    await installAndLink(pages.vendor, { stack, who: 'vendor', code, linkedText: 'Привязано как вендор' })
    expect(await linkedAs(AMO_ACCOUNTS.vendor.id)).toEqual({ role: 'vendor', partner_id: null })
  })

  test("a partner types its code into the installed widget's settings and presses amoCRM's «Сохранить»: the account is linked", async () => {
    const partnerId = await createPartner(stack, PARTNERS.alpha)
    const page = pages.alpha
    let modal = await openSettings(page, stack, 'alpha')
    await fillConnection(modal, stack)
    await modal.getByRole('button', { name: 'Установить' }).click()
    await modal.getByRole('button', { name: 'Сохранить', exact: true }).waitFor()
    await modal.locator('.amo-modal__close').click()

    const code = await createLinkCode(stack, { partnerId })
    modal = await openSettings(page, stack, 'alpha')
    await modal.getByText('Эта CRM ещё не привязана').waitFor()
    await settingsField(modal, 'Код привязки').fill(code)
    await modal.getByRole('button', { name: 'Сохранить', exact: true }).click()
    // amoCRM closes its window once onSave agreed; the widget said whom the account is linked to.
    await modal.waitFor({ state: 'detached' })
    await page.getByText(`Привязано к партнёру «${PARTNERS.alpha.name}»`).first().waitFor()
    expect(await linkedAs(AMO_ACCOUNTS.alpha.id)).toEqual({ role: 'partner', partner_id: partnerId })
    const saved = stack.harness.amoAccounts.widget(AMO_ACCOUNTS.alpha.id)?.settings
    expect(saved).toEqual({ relay_url: stack.relayUrl, account_field: ACCOUNT_FIELD.name })
    expect(JSON.stringify(saved)).not.toContain(code)

    modal = await openSettings(page, stack, 'alpha')
    await modal.getByText(`Привязано к партнёру «${PARTNERS.alpha.name}»`).waitFor()
    expect(await settingsField(modal, 'Код привязки').inputValue()).toBe('')
    await screenshot(modal, 'amocrm-settings')
    expect((await amoLog(page)).violations).toEqual([])
  })

  test('a new partner installs with a code typed: a refused code keeps the window with the reason, a good one links', async () => {
    const partnerId = await createPartner(stack, PARTNERS.beta)
    const page = pages.beta
    const modal = await openSettings(page, stack, 'beta')
    await fillConnection(modal, stack)
    await settingsField(modal, 'Код привязки').fill('ZZZZ-0000')
    await modal.getByRole('button', { name: 'Установить' }).click()
    await modal.getByText(/Такого кода привязки нет/).waitFor()
    expect(await settingsField(modal, 'Код привязки').inputValue()).toBe('ZZZZ-0000')
    expect(await modal.getByRole('button', { name: 'Установить' }).isVisible()).toBe(true)
    expect(stack.harness.amoAccounts.widget(AMO_ACCOUNTS.beta.id)).toBeNull()

    const code = await createLinkCode(stack, { partnerId })
    await settingsField(modal, 'Код привязки').fill(code)
    await modal.getByRole('button', { name: 'Установить' }).click()
    await modal.getByText(`Привязано к партнёру «${PARTNERS.beta.name}»`).waitFor()
    await modal.getByRole('button', { name: 'Сохранить', exact: true }).waitFor()
    expect(await linkedAs(AMO_ACCOUNTS.beta.id)).toEqual({ role: 'partner', partner_id: partnerId })
    expect(stack.harness.amoAccounts.widget(AMO_ACCOUNTS.beta.id)).toEqual({
      active: true,
      settings: { relay_url: stack.relayUrl, account_field: ACCOUNT_FIELD.name },
    })
    expect((await amoLog(page)).notifications).toContainEqual(expect.objectContaining({ text: `Привязано к партнёру «${PARTNERS.beta.name}»` }))
    expect((await amoLog(page)).violations).toEqual([])
  })

  test('a partner registers the client of the open card, then requests a pin (AT-1.1, AT-1.2)', async () => {
    const column = await openCard('alpha')
    await column.getByText('Клиент не зарегистрирован').waitFor()
    expect(await column.getByLabel('Название клиента').inputValue()).toBe(CLIENT.name)
    await column.getByLabel('Сразу подать заявку на закрепление').uncheck()
    await column.getByRole('button', { name: 'Зарегистрировать' }).click()
    await column.getByRole('button', { name: 'Подать заявку на закрепление' }).click()
    await column.getByText('Заявка на рассмотрении').waitFor()
  })

  test('vendor staff approve the pin from their own amoCRM (AT-4.4)', async () => {
    const column = await openCard('vendor')
    await column.getByRole('button', { name: 'Одобрить' }).click()
    await column.getByText(PARTNERS.alpha.name).first().waitFor()
    await column.getByText('Закреплён', { exact: true }).first().waitFor()
    await screenshot(pages.vendor, 'amocrm-vendor-card', { forDocs: true })
  })

  test('the partner quotes, and a double click on the button makes one invoice (X-6)', async () => {
    const column = await openCard('alpha')
    await column.getByText('Закреплён', { exact: true }).first().waitFor()
    const product = column.getByLabel('Продукт')
    await product.selectOption({ index: 1 })
    await column.getByLabel('Сублицензий').fill('3')
    await column.getByText('К оплате вендору').first().waitFor()
    const create = column.getByRole('button', { name: 'Выставить счёт' })
    await create.waitFor()
    await expect.poll(() => create.isEnabled(), { timeout: 10_000 }).toBe(true)
    const posts = trackRequests(pages.alpha, 'POST', '/v1/invoices')
    await create.dblclick()
    await column
      .getByText(/Счёт № \d{4}-\d{6} выставлен/)
      .first()
      .waitFor()
    expect(await posts.settled()).toBeGreaterThan(0)
    const invoices = await stack.relay.deps.db.selectFrom('invoices').select('number').where('account_number', '=', CLIENT.accountNumber).execute()
    expect(invoices).toHaveLength(1)
    await expect.poll(() => column.locator('.pr-invoice').count(), { timeout: 10_000 }).toBe(1)
  })

  test('the partner downloads the invoice as a PDF «Счёт на оплату»', async () => {
    const page = pages.alpha
    const [{ number }] = await stack.relay.deps.db.selectFrom('invoices').select('number').where('account_number', '=', CLIENT.accountNumber).execute()
    await expectInvoicePdf(page, widgetColumn(page), number)
  })

  test('the partner records the client payment and sees the transfer deadline (AT-1.6)', async () => {
    await recordPaymentAndSeeDeadline(pages.alpha, widgetColumn(pages.alpha), 'amocrm-partner-card')
  })

  test('a second partner sees only that the client is pinned to another partner (X-5)', async () => {
    const scripts: string[] = []
    const watch = (request: Request) => {
      const path = new URL(request.url()).pathname
      if (path.includes('/widgets/partner_relay/') && path.endsWith('.js')) scripts.push(path.replace(/.*\/widgets\/partner_relay\//, ''))
    }
    pages.beta.on('request', watch)
    const column = await openCard('beta')
    await column.getByText('Клиент закреплён за другим партнёром').waitFor()
    pages.beta.off('request', watch)
    // A card downloads script.js, its own screen file and the shared core, then the live-updates
    // stream's code once it is up: not the overview's code.
    expect(scripts).toEqual([
      'script.js',
      'card.js',
      expect.stringMatching(/^chunks\/core-[\w-]+\.js$/),
      expect.stringMatching(/^chunks\/live-updates-[\w-]+\.js$/),
    ])
    expect(await column.textContent()).not.toMatch(/Счёт №|Альфа/)
    await screenshot(pages.beta, 'amocrm-other-partner')
  })

  test('the widget speaks English when amoCRM does', async () => {
    const column = await openCard('alpha', CLIENT.cardId, 'en')
    await column.getByText('Pinned', { exact: true }).first().waitFor()
    await column.getByText(/Transfer to the vendor by/).waitFor()
  })

  test('vendor staff see the program overview on the advanced settings page', async () => {
    await openAmo(pages.vendor, amoUrl(stack, 'vendor', '/settings/widgets/partner_relay'))
    const area = pages.vendor.locator('#work-area-partner_relay')
    await area.getByText(PARTNERS.alpha.name).first().waitFor()
    await area.getByText('Ждут перевода').waitFor()
    await screenshot(pages.vendor, 'amocrm-vendor-overview', { forDocs: true })
  })

  test("amoCRM's callbacks run in its order, with destroy on leaving a card, and each returns true", async () => {
    const page = pages.alpha
    await openCard('alpha')
    await widgetColumn(page).locator('.pr-root').waitFor()
    await page.getByRole('link', { name: '← Компании' }).click()
    await page.getByRole('link', { name: CLIENTS.bitrix24.name }).click()
    await widgetColumn(page).getByText('Клиент не зарегистрирован').waitFor()
    const log = await amoLog(page)
    expect(log.calls.map((c) => `${c.name}@${c.area}`)).toEqual([
      'render@comcard',
      'init@comcard',
      'bind_actions@comcard',
      'destroy@comcard',
      'render@comcard',
      'init@comcard',
      'bind_actions@comcard',
    ])
    expect(log.violations).toEqual([])
    // amoCRM does not always attach style.css: the widget links it itself, once, versioned.
    expect(await page.locator('link[rel="stylesheet"][href*="/partner_relay/style.css?v="]').count()).toBe(1)
  })

  test('the widget has no serious or critical WCAG 2.1 AA findings on the cards and overviews, first shown and with the invoice form filled (axe-core)', async () => {
    const findings: Record<string, AxeFinding[]> = {}
    const partner = await openCard('alpha')
    await partner.getByText('Закреплён', { exact: true }).first().waitFor()
    findings['partner card'] = await axeFindings(pages.alpha)
    await partner.getByLabel('Продукт').selectOption({ index: 1 })
    await partner.getByLabel('Сублицензий').fill('2')
    await partner.getByText('К оплате вендору').first().waitFor()
    findings['partner card, invoice form filled'] = await axeFindings(pages.alpha)
    const vendor = await openCard('vendor')
    await vendor.getByText(PARTNERS.alpha.name).first().waitFor()
    findings['vendor card'] = await axeFindings(pages.vendor)
    for (const who of ['vendor', 'alpha'] as const) {
      await openAmo(pages[who], amoUrl(stack, who, '/settings/widgets/partner_relay'))
      await pages[who]
        .locator('#work-area-partner_relay')
        .getByText(who === 'vendor' ? 'Ждут перевода' : 'Выписка по счетам учёта')
        .first()
        .waitFor()
      findings[`${who} overview`] = await axeFindings(pages[who])
    }
    expect(findings).toEqual({ 'partner card': [], 'partner card, invoice form filled': [], 'vendor card': [], 'vendor overview': [], 'alpha overview': [] })
  })
})
