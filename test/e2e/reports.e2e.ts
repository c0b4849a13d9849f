import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { FrameLocator, Locator, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { recordClientPayment } from '../../server/src/services/invoices/record-client-payment'
import { encodeWindows1251 } from '../../shared/src/testing/windows-1251'
import { createLinkCode, createPartner } from './support/admin-api'
import { amoUrl, installAndLink, openAmo } from './support/amocrm-ui'
import { screenshot } from './support/artifacts'
import { appFrame, installAndLink as installB24, portalUrl } from './support/bitrix24-ui'
import { AMO_ACCOUNTS, CLIENTS, PARTNERS } from './support/e2e-world'
import { actorOf, invoicedClient } from './support/invoiced-client'
import { type Stack, startStack } from './support/start-stack'

let stack: Stack
let page: Page
let alphaId: string
const pageErrors: string[] = []

beforeAll(async () => {
  stack = await startStack()
  page = await stack.newPage()
  page.on('pageerror', (error) => pageErrors.push(error.message))
  alphaId = await createPartner(stack, PARTNERS.alpha)
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

describe('vendor staff download the accountant’s CSV reports and reconcile the bank statement from their overview', () => {
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

  test('amoCRM: a Windows-1251 bank statement pays an invoice, and staff record the transfer in one click (AT-1.6)', async () => {
    const alphaPage = await stack.newPage()
    await installAndLink(alphaPage, {
      stack,
      who: 'alpha',
      code: await createLinkCode(stack, { partnerId: alphaId }),
      linkedText: `Привязано к партнёру «${PARTNERS.alpha.name}»`,
    })
    const { invoice } = await invoicedClient(
      stack,
      'amocrm',
      { partner: String(AMO_ACCOUNTS.alpha.id), vendor: String(AMO_ACCOUNTS.vendor.id) },
      CLIENTS.amocrm,
    )
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow' }).format(new Date())
    await recordClientPayment(stack.relay.deps, await actorOf(stack, 'amocrm', String(AMO_ACCOUNTS.alpha.id)), invoice.id, { paidOn: today })
    const [y, m, d] = today.split('-')
    const amount = `${Math.trunc(invoice.totals.payableKop / 100)}.${String(invoice.totals.payableKop % 100).padStart(2, '0')}`
    const statement = [
      '1CClientBankExchange',
      'ВерсияФормата=1.03',
      'Кодировка=Windows',
      'СекцияДокумент=Платежное поручение',
      'Номер=501',
      `Дата=${d}.${m}.${y}`,
      `Сумма=${amount}`,
      `ПлательщикИНН=${PARTNERS.alpha.inn}`,
      `Плательщик1=${PARTNERS.alpha.name}`,
      `ПолучательИНН=${stack.relay.deps.program.vendor.inn}`,
      `НазначениеПлатежа=Оплата сублицензий по счёту № ${invoice.number}, без НДС`,
      `ДатаПоступило=${d}.${m}.${y}`,
      'КонецДокумента',
      'КонецФайла',
    ].join('\r\n')
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'statement-')), 'kl_to_1c.txt')
    writeFileSync(file, encodeWindows1251(statement))

    await openAmo(page, amoUrl(stack, 'vendor', '/settings/widgets/partner_relay'))
    const area = page.locator('#work-area-partner_relay')
    await area.getByText('Сверить переводы с выпиской банка').click()
    await area.getByLabel('Файл выписки').setInputFiles(file)
    await area.getByText(`Оплачен счёт № ${invoice.number}: сумма сходится.`).waitFor()
    await screenshot(area.locator('details[open]'), 'amocrm-bank-statement', { forDocs: true })
    await area.getByRole('button', { name: 'Записать переводы: 1' }).click()
    await area.getByText('Записано переводов: 1').waitFor()
    const row = await stack.relay.deps.db
      .selectFrom('invoices')
      .select(['state', 'transfer_received_on', 'on_time'])
      .where('id', '=', invoice.id)
      .executeTakeFirstOrThrow()
    expect(row).toEqual({ state: 'settled', transfer_received_on: today, on_time: true })
  })
})
