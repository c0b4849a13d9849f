import type { FrameLocator, Page } from 'playwright-core'
import { ACCOUNT_FIELD } from '../../../server/src/demo/harness/harness-clients'
import { B24_USER_ID, PORTALS, type Who } from './e2e-world'
import type { Stack } from './start-stack'

type B24Log = { commands: { command: string; params: unknown; placement: string }[]; refused: unknown[]; refreshes: number; ready: boolean }

export const portalUrl = (stack: Stack, who: Who, path: string, query: Record<string, string> = {}) =>
  `${stack.harnessUrl}/bitrix24${path}?${new URLSearchParams({ member: PORTALS[who].memberId, user: String(B24_USER_ID), lang: 'ru', ...query })}`

/** The app frame on the page (the app's own page or a card tab). */
export const appFrame = (page: Page): FrameLocator => page.frameLocator('iframe.b24-app-frame')

/** What the parent page recorded: the commands the app sent, refusals and auth refreshes. */
export const b24Log = (page: Page) => page.evaluate(() => (window as unknown as { __b24: B24Log }).__b24)

/** Opens the company card's first app tab (the one the install page bound). */
export const openCardTab = async (page: Page, stack: Stack, who: Who, cardId: number, lang = 'ru') => {
  await page.goto(portalUrl(stack, who, `/crm/company/details/${cardId}/`, { tab: '0', lang }))
  return appFrame(page)
}

/**
 * An admin opens the app for the first time: the install page binds the card tabs and finishes the
 * installation, the portal reloads the app, and in its settings the admin names the account-number
 * field and enters the one-time link code.
 */
export const installAndLink = async (page: Page, { stack, who, code, linkedText }: { stack: Stack; who: Who; code: string; linkedText: string }) => {
  await page.goto(portalUrl(stack, who, '/marketplace/app/17/'))
  // installFinish makes the portal reload the page; the installed app then shows its tabs.
  const frame = appFrame(page)
  await frame.getByRole('tab', { name: 'Настройки' }).click({ timeout: 20_000 })
  await frame.getByRole('textbox', { name: 'Поле карточки с номером аккаунта', exact: true }).fill(ACCOUNT_FIELD.bitrix24)
  await frame.getByRole('button', { name: 'Сохранить', exact: true }).click()
  await frame.getByText('Сохранено').waitFor()
  await frame.getByRole('textbox', { name: 'Код привязки', exact: true }).fill(code)
  await frame.getByRole('button', { name: 'Привязать' }).click()
  await frame.getByText(linkedText).waitFor()
  return frame
}
