import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { encodeWindows1251 } from '../../shared/src/testing/windows-1251'
import { createLinkCode, createPartner } from './support/admin-api'
import { amoUrl, installAndLink, openAmo } from './support/amocrm-ui'
import { screenshot } from './support/artifacts'
import { PARTNERS } from './support/e2e-world'
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

describe('vendor staff bring the book of their previous cabinet (issue 10)', () => {
  test('amoCRM: a Windows-1251 clients file, its dry run line by line, then the import: pinned, with the paid term', async () => {
    const csv = [
      'Лицевой счёт;Клиент;ИНН партнёра;Закреплён с;Продукт;Кол-во;Оплачено до',
      `81000001;ООО «Перенесённый»;${PARTNERS.alpha.inn};01.03.2025;atrealt-amocrm;5;28.02.2027`,
      `81000002;ООО «Второй»;${PARTNERS.alpha.inn};15.06.2025;;;`,
    ].join('\r\n')
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'import-')), 'clients.csv')
    writeFileSync(file, encodeWindows1251(csv))

    await installAndLink(page, { stack, who: 'vendor', code: await createLinkCode(stack, { role: 'vendor' }), linkedText: 'Привязано как вендор' })
    await openAmo(page, amoUrl(stack, 'vendor', '/settings/widgets/partner_relay'))
    const area = page.locator('#work-area-partner_relay')
    await area.getByText('Импорт из CSV: партнёры, клиенты, счета').click()
    await area.getByLabel('Файл CSV').setInputFiles(file)
    await area.getByText('будет создано 2, без изменений 0, конфликтов 0, ошибок 0').waitFor()
    await area.getByText('Строка 2 · 81000001/atrealt-amocrm — будет создано').waitFor()
    await screenshot(area.locator('details[open]'), 'amocrm-import-dry-run', { forDocs: true })
    expect(await stack.relay.deps.db.selectFrom('pins').select('id').where('account_number', '=', '81000001').execute()).toEqual([])

    await area.getByRole('button', { name: 'Импортировать' }).click()
    await area.getByText('Импортировано (Клиенты, закрепления и оплаченные сроки): создано 2').waitFor()
    const pins = await stack.relay.deps.db
      .selectFrom('pins')
      .select(['account_number', 'partner_id', 'state'])
      .where('account_number', 'in', ['81000001', '81000002'])
      .orderBy('account_number')
      .execute()
    expect(pins).toEqual([
      { account_number: '81000001', partner_id: alphaId, state: 'approved' },
      { account_number: '81000002', partner_id: alphaId, state: 'approved' },
    ])
    const terms = await stack.relay.deps.db
      .selectFrom('imported_terms')
      .select(['sku', 'quantity', 'paid_until'])
      .where('account_number', '=', '81000001')
      .execute()
    expect(terms).toEqual([{ sku: 'atrealt-amocrm', quantity: 5, paid_until: '2027-02-28' }])
  })
})
