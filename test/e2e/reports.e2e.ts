import { readFileSync } from 'node:fs'
import type { FrameLocator, Locator, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { createLinkCode, createPartner } from './support/admin-api'
import { amoUrl, installAndLink, openAmo } from './support/amocrm-ui'
import { appFrame, installAndLink as installB24, portalUrl } from './support/bitrix24-ui'
import { PARTNERS } from './support/e2e-world'
import { type Stack, startStack } from './support/start-stack'

let stack: Stack
let page: Page
const pageErrors: string[] = []

beforeAll(async () => {
  stack = await startStack()
  page = await stack.newPage()
  page.on('pageerror', (error) => pageErrors.push(error.message))
  await createPartner(stack, PARTNERS.alpha)
})
afterEach(() => {
  expect(pageErrors.splice(0), 'errors thrown in the page').toEqual([])
})
afterAll(() => stack?.close())

/** Opens the reports on the staff overview, clicks one and answers the file the browser saved, as text. */
const download = async (area: Locator | FrameLocator, open: string, button: string) => {
  await area.getByText(open).click()
  const [file] = await Promise.all([page.waitForEvent('download'), area.getByRole('button', { name: button }).click()])
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') }
}

describe('vendor staff download the accountant’s CSV reports from their overview', () => {
  test('amoCRM, Russian: the partners’ receivables as a file Excel opens as is', async () => {
    await installAndLink(page, { stack, who: 'vendor', code: await createLinkCode(stack, { role: 'vendor' }), linkedText: 'Привязано как вендор' })
    await openAmo(page, amoUrl(stack, 'vendor', '/settings/widgets/partner_relay'))
    const file = await download(page.locator('#work-area-partner_relay'), 'Выгрузить CSV для Excel', 'Долги партнёров')
    expect(file.name).toMatch(/^receivables_\d{4}-\d{2}-01_\d{4}-\d{2}-\d{2}\.csv$/)
    expect(file.text.startsWith('\uFEFFПартнёр;ИНН;Состояние;')).toBe(true)
    expect(file.text).toContain(`${PARTNERS.alpha.name};${PARTNERS.alpha.inn};Активен;0;0,00;0;0,00;0;0,00\r\n`)
  })

  test('Bitrix24, English: the pins report with English headings', async () => {
    await installB24(page, { stack, who: 'vendor', code: await createLinkCode(stack, { role: 'vendor' }), linkedText: 'Привязано как вендор' })
    await page.goto(portalUrl(stack, 'vendor', '/marketplace/app/17/', { lang: 'en' }))
    const file = await download(appFrame(page), 'Download CSV files for Excel', 'Pins')
    expect(file.name).toMatch(/^pins_.*\.csv$/)
    expect(file.text.split('\r\n')[0]).toBe('\uFEFFClient account;Client;Partner;Partner INN;State;Requested on;Decided on;Released on;Valid until;Reason')
  })
})
