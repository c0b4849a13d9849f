import type { Locator, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { createClient } from '../../server/src/services/clients/create-client'
import { recordViolation } from '../../server/src/services/partners/record-violation'
import { requestPin } from '../../server/src/services/pins/request-pin'
import { createLinkCode, createPartner } from './support/admin-api'
import { amoCtxOf, linkVendorAndAlpha } from './support/amo-actors'
import { amoUrl, openAmo } from './support/amocrm-ui'
import { appFrame, installAndLink as installB24, portalUrl } from './support/bitrix24-ui'
import { AMO_ACCOUNTS, CLIENTS, PARTNERS } from './support/e2e-world'
import { type Stack, startStack } from './support/start-stack'

const ALPHA = PARTNERS.alpha
const CLIENT = CLIENTS.amocrm
let stack: Stack
let alphaId: string
const pages = {} as Record<'vendor' | 'alpha', Page>
const pageErrors: string[] = []

/** Today where the program lives, as the widget writes it for a Russian user. */
const todayRu = () => new Intl.DateTimeFormat('ru-RU', { timeZone: 'Europe/Moscow', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date())
const YEAR = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow', year: 'numeric' }).format(new Date()))

const ctxOf = (crmAccount: number) => amoCtxOf(stack, crmAccount)

beforeAll(async () => {
  stack = await startStack({ program: 'agat-rt' })
  for (const who of ['vendor', 'alpha'] as const) {
    pages[who] = await stack.newPage()
    pages[who].on('pageerror', (error) => pageErrors.push(`${who}: ${error.message}`))
  }
})
afterEach(() => {
  expect(pageErrors.splice(0), 'errors thrown in the page').toEqual([])
})
afterAll(() => stack?.close())

/** The widget's overview on amoCRM's advanced settings page. */
const amoOverview = async (who: 'vendor' | 'alpha', lang = 'ru') => {
  await openAmo(pages[who], amoUrl(stack, who, '/settings/widgets/partner_relay', lang))
  return pages[who].locator('#work-area-partner_relay')
}

/** Nothing a program's code names leaks into the Russian overview: no ids, rule or event codes, English state words. */
const expectOnlyWords = async (area: Locator) => {
  const text = ((await area.textContent()) ?? '').replace(/\s+/g, ' ')
  expect(text).not.toContain(alphaId)
  expect(text).not.toMatch(/\b(AG|AT|X)-\d/)
  expect(text).not.toMatch(/\b(requested|approved|rejected|released|restricted|active|expelled|unauthorized|authorized|silver|pin\.|vendor\.|overview\.)/)
}

describe('the overview says why and opens what it names (AG-1.5, AG-3.3a, AT-1.2)', () => {
  test('a Silver partner with a violation, a client and its pin request, linked in amoCRM', async () => {
    alphaId = await createPartner(stack, { ...ALPHA, status: 'silver' })
    await linkVendorAndAlpha(stack, pages, alphaId)
    const alpha = await ctxOf(AMO_ACCOUNTS.alpha.id)
    await createClient(stack.relay.deps, alpha, { accountNumber: CLIENT.accountNumber, name: CLIENT.name, inn: CLIENT.inn })
    await requestPin(stack.relay.deps, alpha, { accountNumber: CLIENT.accountNumber })
    await recordViolation(stack.relay.deps, await ctxOf(AMO_ACCOUNTS.vendor.id), alphaId, { rule: 'AG-1.5', note: 'Просроченная дебиторская задолженность' })
  })

  test("the partner's status tab explains each pair with the date it changes (AG-1.5, AG-3.3a)", async () => {
    const area = await amoOverview('alpha')
    await area.getByRole('tab', { name: 'Статус', exact: true }).click()
    await area
      .getByText(
        `Скидки сейчас — по статусу «Авторизованный партнёр», на ступень ниже статуса «Серебряный партнёр»: с ${todayRu()} у партнёра действует нарушение (действующих нарушений: 1). Скидки статуса «Серебряный партнёр» вернутся со дня, когда вендор снимет нарушение (п. 1.5 Программы).`,
      )
      .waitFor()
    await area.getByText(new RegExp(`^Статус действует до 31\\.12\\.${YEAR}\\. 01\\.01\\.${YEAR + 1} он продлится автоматически, только если`)).waitFor()
    await expectOnlyWords(area)
  })

  test('amoCRM, Russian: vendor staff open the client of a pin request and come back, then open the partner', async () => {
    const area = await amoOverview('vendor')
    const client = area.getByRole('button', { name: `${CLIENT.name} · Аккаунт ${CLIENT.accountNumber}` })
    await client.click()
    await area.getByText('История закреплений').waitFor()
    const back = area.getByRole('button', { name: '← Назад к обзору' })
    await back.press('Enter')
    await client.waitFor()
    await expectOnlyWords(area)
    await area.getByRole('button', { name: ALPHA.name }).first().press('Enter')
    await area.getByText(ALPHA.inn, { exact: true }).waitFor()
    await area.getByText('Скидка партнёра').waitFor()
    await expectOnlyWords(area)
  })

  test('Bitrix24, English: the same links open the client and the partner', async () => {
    const page = pages.vendor
    await installB24(page, { stack, who: 'vendor', code: await createLinkCode(stack, { role: 'vendor' }), linkedText: 'Привязано как вендор' })
    await page.goto(portalUrl(stack, 'vendor', '/marketplace/app/17/', { lang: 'en' }))
    const frame = appFrame(page)
    await frame.getByRole('button', { name: `${CLIENT.name} · Account ${CLIENT.accountNumber}` }).click()
    await frame.getByText('Pin history').waitFor()
    await frame.getByRole('button', { name: '← Back to the overview' }).click()
    await frame.getByRole('button', { name: ALPHA.name }).first().click()
    await frame.getByText(ALPHA.inn, { exact: true }).waitFor()
    await frame.getByText('Partner discount').waitFor()
  })
})
