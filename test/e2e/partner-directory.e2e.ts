import type { Locator, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { createLinkCode } from './support/admin-api'
import { amoUrl, installAndLink, openAmo } from './support/amocrm-ui'
import { screenshot } from './support/artifacts'
import { type Stack, startStack } from './support/start-stack'

let stack: Stack
let page: Page
const pageErrors: string[] = []

beforeAll(async () => {
  stack = await startStack()
  page = await stack.newPage()
  page.on('pageerror', (error) => pageErrors.push(error.message))
})
afterEach(() => {
  expect(pageErrors.splice(0), 'errors thrown in the page').toEqual([])
})
afterAll(() => stack?.close())

const GAMMA = { name: 'ООО «Гамма Сервис»', inn: '7736207543', email: 'gamma@example.ru' }

/** The staff overview's partner directory, opened. */
const openDirectory = async (area: Locator) => {
  await area.getByText('Найти, добавить, изменить партнёра; коды привязки и подключения CRM').click()
  await area.getByRole('button', { name: 'Найти' }).waitFor()
}

describe('vendor staff run the partner directory from their amoCRM (issue 10)', () => {
  test('create a partner, issue its link code, see the account it linked and revoke it; the revoked widget says why in words', async () => {
    await installAndLink(page, { stack, who: 'vendor', code: await createLinkCode(stack, { role: 'vendor' }), linkedText: 'Привязано как вендор' })
    await openAmo(page, amoUrl(stack, 'vendor', '/settings/widgets/partner_relay'))
    const area = page.locator('#work-area-partner_relay')
    await openDirectory(area)

    // A bad INN checksum is said under the field and creates nothing.
    await area.getByRole('button', { name: 'Добавить партнёра' }).click()
    const form = area.getByRole('form', { name: 'Новый партнёр' })
    await form.getByLabel('Название').fill(GAMMA.name)
    await form.getByLabel('ИНН', { exact: true }).fill('7736207544')
    await form.getByLabel('Эл. почта').fill(GAMMA.email)
    await form.getByLabel('Текущая скидка, %').fill('25')
    await form.getByRole('button', { name: 'Создать партнёра' }).click()
    await form.getByText('Контрольная сумма ИНН не сходится').first().waitFor()
    await form.getByLabel('ИНН', { exact: true }).fill(GAMMA.inn)
    await form.getByRole('button', { name: 'Создать партнёра' }).click()
    await area.getByText(`Партнёр «${GAMMA.name}» создан`).waitFor()

    // Its link code, shown to copy, with its expiry, and queued to its e-mail.
    const item = area.locator(`[data-partner="${GAMMA.inn}"]`)
    await item.getByRole('button', { name: 'Изменить, код привязки, подключения' }).click()
    await item.getByText('Ни один аккаунт CRM ещё не подключён').waitFor()
    await item.getByRole('button', { name: 'Выдать код привязки' }).click()
    const code = (await item.locator('.pr-code').textContent())?.trim() ?? ''
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/)
    await item.getByText(/Одноразовый, действует до \d{2}\.\d{2}\.\d{4}/).waitFor()
    await item.getByText(`Письмо с кодом поставлено в очередь: ${GAMMA.email}`).waitFor()

    // The partner's amoCRM account links with it.
    const partnerPage = await stack.newPage()
    await installAndLink(partnerPage, { stack, who: 'beta', code, linkedText: `Привязано к партнёру «${GAMMA.name}»` })

    // Staff see the account and revoke it with a reason.
    await item.getByRole('button', { name: 'Свернуть' }).click()
    await item.getByRole('button', { name: 'Изменить, код привязки, подключения' }).click()
    const account = item.locator('[data-installation]')
    await account.getByText(/подключён \d{2}\.\d{2}\.\d{4}/).waitFor()
    await account.getByRole('button', { name: 'Отключить' }).click()
    await account.getByLabel('Причина отключения').fill('Сотрудник партнёра уволился')
    await screenshot(page, 'partner-directory-revoke')
    await account.getByRole('button', { name: 'Отключить' }).click()
    await item.getByText('Аккаунт отключён').waitFor()
    await account.getByText(/Отключён \d{2}\.\d{2}\.\d{4}.*: Сотрудник партнёра уволился/).waitFor()

    // The revoked account's widget says so in words on its next request.
    await openAmo(partnerPage, amoUrl(stack, 'beta', '/settings/widgets/partner_relay'))
    await partnerPage.getByText('Вендор отключил этот аккаунт CRM от программы').first().waitFor()
    await screenshot(partnerPage, 'partner-directory-revoked-widget')
    await partnerPage.close()
  })

  test('the English widget says the revocation in English', async () => {
    const [installation] = await stack.relay.deps.db.selectFrom('installations').select(['id']).where('revoked_at', 'is not', null).execute()
    expect(installation).toBeDefined()
    const partnerPage = await stack.newPage()
    await openAmo(partnerPage, amoUrl(stack, 'beta', '/settings/widgets/partner_relay', 'en'))
    await partnerPage.getByText('The vendor has disconnected this CRM account from the program').first().waitFor()
    await partnerPage.close()
  })
})
