import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { createLinkCode, createPartner } from './support/admin-api'
import { installAndLink } from './support/amocrm-ui'
import { screenshot } from './support/artifacts'
import { PARTNERS } from './support/e2e-world'
import { type Stack, startStack } from './support/start-stack'

let stack: Stack
let page: Page

beforeAll(async () => {
  stack = await startStack()
  page = await stack.newPage()
})
afterAll(() => stack?.close())

const settingsRow = async (partnerId: string) =>
  stack.relay.deps.db
    .selectFrom('crm_write_settings')
    .innerJoin('installations', 'installations.id', 'crm_write_settings.installation_id')
    .select(['transfer_tasks', 'pin_notes', 'entity_type'])
    .where('installations.partner_id', '=', partnerId)
    .executeTakeFirst()

test('a partner sees in words that the relay has no access to its amoCRM yet, and turns transfer tasks on for leads (issue 12)', async () => {
  const partnerId = await createPartner(stack, PARTNERS.alpha)
  const code = await createLinkCode(stack, { partnerId })
  const modal = await installAndLink(page, { stack, who: 'alpha', code, linkedText: `Привязано к партнёру «${PARTNERS.alpha.name}»` })
  const part = modal.locator('.pr-crm-writes')
  await part.getByText('Доступ к CRM: не подключён').waitFor()
  await part.getByRole('button', { name: 'Подключить' }).waitFor()
  const transferTasks = part.getByRole('checkbox', { name: /Задача «Перевести …»/ })
  expect(await transferTasks.isChecked()).toBe(false)
  expect(await settingsRow(partnerId)).toBeUndefined()

  await transferTasks.check()
  await part.getByRole('combobox', { name: 'Карточка, на которой писать' }).selectOption('lead')
  await part.getByRole('button', { name: 'Сохранить выбор' }).click()
  await part.getByText('Сохранено').waitFor()
  expect(await settingsRow(partnerId)).toEqual({ transfer_tasks: true, pin_notes: false, entity_type: 'lead' })
  await screenshot(modal, 'amocrm-settings-crm-writes')

  await transferTasks.uncheck()
  await part.getByRole('button', { name: 'Сохранить выбор' }).click()
  await part.getByText('Сохранено').waitFor()
  expect((await settingsRow(partnerId))?.transfer_tasks).toBe(false)
})
