import type { Page } from 'playwright-core'
import { ACCOUNT_FIELD } from '../../../server/src/demo/harness/harness-clients'
import { AMO_ACCOUNTS, AMO_USER_ID, type Who } from './e2e-world'
import type { Stack } from './start-stack'

type AmoLog = { calls: { name: string; area: string }[]; violations: string[]; notifications: unknown[]; tokensIssued: number; ready: boolean }

export const amoUrl = (stack: Stack, who: Who, path: string, lang = 'ru') =>
  `${stack.harnessUrl}/amocrm${path}?account=${AMO_ACCOUNTS[who].id}&user=${AMO_USER_ID}&lang=${lang}`

/** Opens a page of the fake amoCRM and waits until the widget has been loaded and called. */
export const openAmo = async (page: Page, url: string) => {
  await page.goto(url)
  await page.waitForFunction(() => (window as unknown as { __amo?: AmoLog }).__amo?.ready === true)
}

/** What the page recorded: the callbacks amoCRM made and anything that broke its contract. */
export const amoLog = (page: Page) => page.evaluate(() => (window as unknown as { __amo: AmoLog }).__amo)

/** The widget's block in the card's right-hand column. */
export const widgetColumn = (page: Page) => page.locator('.card-widgets')

/**
 * Installs the widget from amoCRM's settings modal, the way an account admin does: the relay
 * address and the account-number field, amoCRM's own Save, then the one-time link code.
 */
export const installAndLink = async (page: Page, { stack, who, code, linkedText }: { stack: Stack; who: Who; code: string; linkedText: string }) => {
  await openAmo(page, amoUrl(stack, who, '/settings/widgets'))
  await page.locator('#amo-widget-tile').click()
  const modal = page.getByRole('dialog')
  // By role: amoCRM's own inputs, which the widget hides and fills, are not in the accessibility tree.
  await modal.getByRole('textbox', { name: 'Адрес сервиса', exact: true }).fill(stack.relayUrl)
  await modal.getByRole('textbox', { name: 'Поле карточки с номером аккаунта', exact: true }).fill(ACCOUNT_FIELD.name)
  await modal.getByRole('button', { name: 'Установить' }).click()
  await modal.getByRole('button', { name: 'Сохранить', exact: true }).waitFor()
  await modal.getByRole('textbox', { name: 'Код привязки', exact: true }).fill(code)
  await modal.getByRole('button', { name: 'Привязать' }).click()
  await modal.getByText(linkedText).waitFor()
  return modal
}
