import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createLinkCode, createPartner } from './support/admin-api'
import { screenshot } from './support/artifacts'
import { type AxeFinding, appFrameOf, axeFindings } from './support/axe'
import { appFrame, b24Log, installAndLink, openCardTab, portalUrl } from './support/bitrix24-ui'
import { CLIENTS, PARTNERS, PORTALS, type Who } from './support/e2e-world'
import { expectInvoicePdf, recordPaymentAndSeeDeadline } from './support/invoice-steps'
import { type Stack, startStack } from './support/start-stack'
import { trackRequests } from './support/track-requests'

const CLIENT = CLIENTS.bitrix24
let stack: Stack
const pages = {} as Record<Who, Page>

beforeAll(async () => {
  stack = await startStack()
  for (const who of ['vendor', 'alpha', 'beta'] as const) pages[who] = await stack.newPage()
})
afterAll(() => stack?.close())

const invoicesOfClient = () => stack.relay.deps.db.selectFrom('invoices').select('number').where('account_number', '=', CLIENT.accountNumber).execute()

describe('Bitrix24: a partner and vendor staff work one client through the app', () => {
  test('admins install the app, which binds its card tabs, and link their portals with one-time codes (with «Привязать», or typed and sent by «Сохранить»)', async () => {
    const alphaId = await createPartner(stack, PARTNERS.alpha)
    const betaId = await createPartner(stack, PARTNERS.beta)
    const links = [
      { who: 'vendor' as const, code: await createLinkCode(stack, { role: 'vendor' }), linkedText: 'Привязано как вендор' },
      { who: 'alpha' as const, code: await createLinkCode(stack, { partnerId: alphaId }), linkedText: `Привязано к партнёру «${PARTNERS.alpha.name}»` },
      {
        who: 'beta' as const,
        code: await createLinkCode(stack, { partnerId: betaId }),
        linkedText: `Привязано к партнёру «${PARTNERS.beta.name}»`,
        linkWith: 'save' as const,
      },
    ]
    for (const link of links) await installAndLink(pages[link.who], { stack, ...link })
    const portal = stack.harness.portal.portal(PORTALS.alpha.memberId)
    expect(portal.installed).toBe(true)
    expect(portal.placements.map((b) => b.placement).sort()).toEqual([
      'CRM_COMPANY_DETAIL_TAB',
      'CRM_CONTACT_DETAIL_TAB',
      'CRM_DEAL_DETAIL_TAB',
      'CRM_LEAD_DETAIL_TAB',
    ])
    expect(new Set(portal.placements.map((b) => b.handler))).toEqual(new Set([`${stack.relayUrl}/widgets/bitrix24/card.html`]))
    // The relay keeps the portal each member id linked from, and checks tokens there ever after.
    const beta = await stack.relay.deps.db
      .selectFrom('installations')
      .select(['role', 'partner_id'])
      .where('crm', '=', 'bitrix24')
      .where('account', '=', PORTALS.beta.memberId)
      .executeTakeFirst()
    expect(beta).toEqual({ role: 'partner', partner_id: betaId })
    const domains = await stack.relay.deps.db.selectFrom('installations').select('domain').where('crm', '=', 'bitrix24').execute()
    expect(domains.map((row) => row.domain)).toEqual(Array(3).fill(new URL(stack.harnessUrl).host))
  })

  test('a partner registers the client of the open card and requests the pin in one go (AT-1.1, AT-1.2)', async () => {
    const frame = await openCardTab(pages.alpha, stack, 'alpha', CLIENT.cardId)
    await frame.getByText('Клиент не зарегистрирован').waitFor()
    expect(await frame.getByLabel('Название клиента').inputValue()).toBe(CLIENT.name)
    await frame.getByRole('button', { name: 'Зарегистрировать' }).click()
    await frame.getByText('Заявка на рассмотрении').first().waitFor()
  })

  test('vendor staff approve the pin from the overview of their own Bitrix24 (AT-4.4)', async () => {
    const page = pages.vendor
    await page.goto(portalUrl(stack, 'vendor', '/marketplace/app/17/'))
    const frame = appFrame(page)
    await frame.getByText(CLIENT.accountNumber).first().waitFor()
    await screenshot(page, 'bitrix24-vendor-overview')
    await frame.getByRole('button', { name: 'Одобрить' }).click()
    await frame.getByText('Новых заявок нет').waitFor()
  })

  test("vendor staff find a partner in the directory and dry-run an import from their Bitrix24's overview (issue 10)", async () => {
    const frame = appFrame(pages.vendor)
    await frame.getByText('Найти, добавить, изменить партнёра; коды привязки и подключения CRM').click()
    await frame.getByLabel('Название или ИНН').fill(PARTNERS.alpha.inn)
    await frame.getByRole('button', { name: 'Найти' }).click()
    await frame.getByText('Найдено партнёров: 1').waitFor()

    const file = path.join(mkdtempSync(path.join(tmpdir(), 'import-')), 'clients.csv')
    writeFileSync(file, `Лицевой счёт;Клиент;ИНН партнёра;Закреплён с\r\n82000001;ООО «Из прежнего кабинета»;${PARTNERS.alpha.inn};01.03.2025\r\n`)
    await frame.getByText('Импорт из CSV: партнёры, клиенты, счета').click()
    await frame.getByLabel('Файл CSV').setInputFiles(file)
    await frame.getByText('будет создано 1, без изменений 0, конфликтов 0, ошибок 0').waitFor()
    // A dry run: nothing is written until staff press «Импортировать».
    expect(await stack.relay.deps.db.selectFrom('clients').select('account_number').where('account_number', '=', '82000001').execute()).toEqual([])
  })

  test('the partner quotes, and a double click on the button makes one invoice (X-6)', async () => {
    const frame = await openCardTab(pages.alpha, stack, 'alpha', CLIENT.cardId)
    await frame.getByText('Закреплён', { exact: true }).first().waitFor()
    await frame.getByLabel('Продукт').selectOption({ index: 1 })
    await frame.getByLabel('Сублицензий').fill('2')
    await frame.getByText('К оплате вендору').first().waitFor()
    const create = frame.getByRole('button', { name: 'Выставить счёт' })
    await expect.poll(() => create.isEnabled(), { timeout: 10_000 }).toBe(true)
    const posts = trackRequests(pages.alpha, 'POST', '/v1/invoices')
    await create.dblclick()
    await frame
      .getByText(/Счёт № \d{4}-\d{6} выставлен/)
      .first()
      .waitFor()
    expect(await posts.settled()).toBeGreaterThan(0)
    expect(await invoicesOfClient()).toHaveLength(1)
    await expect.poll(() => frame.locator('.pr-invoice').count(), { timeout: 10_000 }).toBe(1)
  })

  test('the partner downloads the invoice PDF from inside the frame', async () => {
    const [{ number }] = await invoicesOfClient()
    await expectInvoicePdf(pages.alpha, appFrame(pages.alpha), number)
  })

  test('the partner records the client payment and sees the transfer deadline (AT-1.6)', async () => {
    await recordPaymentAndSeeDeadline(pages.alpha, appFrame(pages.alpha), 'bitrix24-card-tab')
  })

  test('the card tab asks the portal to fit the frame to its content', async () => {
    const log = await b24Log(pages.alpha)
    const resizes = log.commands.filter((c) => c.command === 'resizeWindow')
    expect(resizes.length).toBeGreaterThan(0)
    const height = await pages.alpha.locator('iframe.b24-app-frame').evaluate((frame) => frame.getBoundingClientRect().height)
    expect(height).toBe(Number((resizes.at(-1)!.params as { height: number }).height))
    expect(log.refused).toEqual([])
  })

  test('a second partner sees only that the client is pinned to another partner (X-5)', async () => {
    const frame = await openCardTab(pages.beta, stack, 'beta', CLIENT.cardId)
    await frame.getByText('Клиент закреплён за другим партнёром').waitFor()
    expect(await frame.locator('body').textContent()).not.toMatch(/Счёт №|Альфа/)
  })

  test('the app speaks English when the portal does', async () => {
    const frame = await openCardTab(pages.alpha, stack, 'alpha', CLIENT.cardId, 'en')
    await frame.getByText('Pinned', { exact: true }).first().waitFor()
    await frame.getByText(/Transfer to the vendor by/).waitFor()
  })

  test('a token the portal no longer accepts is refreshed through the parent frame', async () => {
    const page = await stack.newPage()
    stack.harness.portal.expireNextToken(PORTALS.alpha.memberId)
    const frame = await openCardTab(page, stack, 'alpha', CLIENT.cardId)
    await frame.getByText('Закреплён', { exact: true }).first().waitFor()
    expect((await b24Log(page)).refreshes).toBeGreaterThan(0)
    expect(stack.harness.portal.calls.some((call) => call.status === 401)).toBe(true)
  })

  test('a token past its lifetime is refreshed before it is sent to the relay', async () => {
    const page = await stack.newPage()
    await page.clock.install()
    const firstToken = page.waitForRequest((request) => request.url().endsWith('/v1/me')).then((request) => request.headers().authorization)
    const frame = await openCardTab(page, stack, 'alpha', CLIENT.cardId)
    await frame.getByText('Закреплён', { exact: true }).first().waitFor()
    // The jump must find nothing on its way: axios times a same-origin request on the page's clock,
    // so a request still open (the form's program, or a first quote) would fail as timed out.
    await frame.getByLabel('Продукт').waitFor()
    await frame.locator('.pr-quote[aria-busy="false"]').waitFor()
    const before = (await b24Log(page)).refreshes
    // Two hours on: the page's token has lapsed, at the portal too.
    stack.harness.portal.expireTokens(PORTALS.alpha.memberId)
    await page.clock.fastForward('02:00:00')
    const quoted = page.waitForResponse((response) => response.url().endsWith('/v1/quotes'))
    await frame.getByLabel('Продукт').selectOption({ index: 1 })
    await frame.getByLabel('Сублицензий').fill('4')
    const quote = await quoted
    // The relay still accepts a token it checked minutes ago, so a 200 alone proves nothing: the
    // first quote itself must carry a new token, not the lapsed one (nor a 401 and a retry).
    expect(quote.status()).toBe(200)
    expect(quote.request().headers().authorization).not.toBe(await firstToken)
    expect((await b24Log(page)).refreshes).toBeGreaterThan(before)
  })

  test('the app has no serious or critical WCAG 2.1 AA findings on the card tabs and overviews, first shown and with the invoice form filled (axe-core)', async () => {
    const findings: Record<string, AxeFinding[]> = {}
    const partner = await openCardTab(pages.alpha, stack, 'alpha', CLIENT.cardId)
    await partner.getByText('Закреплён', { exact: true }).first().waitFor()
    findings['partner card'] = await axeFindings(await appFrameOf(pages.alpha))
    await partner.getByLabel('Продукт').selectOption({ index: 1 })
    await partner.getByLabel('Сублицензий').fill('2')
    await partner.getByText('К оплате вендору').first().waitFor()
    findings['partner card, invoice form filled'] = await axeFindings(await appFrameOf(pages.alpha))
    const vendor = await openCardTab(pages.vendor, stack, 'vendor', CLIENT.cardId)
    await vendor.getByText(PARTNERS.alpha.name).first().waitFor()
    findings['vendor card'] = await axeFindings(await appFrameOf(pages.vendor))
    for (const who of ['vendor', 'alpha'] as const) {
      await pages[who].goto(portalUrl(stack, who, '/marketplace/app/17/'))
      await appFrame(pages[who])
        .getByText(who === 'vendor' ? 'Ждут перевода' : 'Выписка по счетам учёта')
        .first()
        .waitFor()
      findings[`${who} overview`] = await axeFindings(await appFrameOf(pages[who]))
    }
    expect(findings).toEqual({ 'partner card': [], 'partner card, invoice form filled': [], 'vendor card': [], 'vendor overview': [], 'alpha overview': [] })
  })
})
