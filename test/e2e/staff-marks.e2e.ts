import type { Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { createClient } from '../../server/src/services/clients/create-client'
import { decidePin } from '../../server/src/services/pins/decide-pin'
import { requestPin } from '../../server/src/services/pins/request-pin'
import { createPartner } from './support/admin-api'
import { amoCtxOf, linkVendorAndAlpha } from './support/amo-actors'
import { amoUrl, openAmo, widgetColumn } from './support/amocrm-ui'
import { axeFindings } from './support/axe'
import { AMO_ACCOUNTS, CLIENTS, PARTNERS } from './support/e2e-world'
import { type Stack, startStack } from './support/start-stack'

const ALPHA = PARTNERS.alpha
const CLIENT = CLIENTS.amocrm
let stack: Stack
let alphaId: string
const pages = {} as Record<'vendor' | 'alpha', Page>
const pageErrors: string[] = []

const partnerRow = () =>
  stack.relay.deps.db.selectFrom('partners').select(['countries', 'extra_countries', 'territory_reason']).where('id', '=', alphaId).executeTakeFirstOrThrow()

beforeAll(async () => {
  stack = await startStack()
  for (const who of ['vendor', 'alpha'] as const) {
    pages[who] = await stack.newPage()
    pages[who].on('pageerror', (error) => pageErrors.push(`${who}: ${error.message}`))
  }
  alphaId = await createPartner(stack, ALPHA)
  await linkVendorAndAlpha(stack, pages, alphaId)
  const alpha = await amoCtxOf(stack, AMO_ACCOUNTS.alpha.id)
  await createClient(stack.relay.deps, alpha, { accountNumber: CLIENT.accountNumber, name: CLIENT.name, inn: CLIENT.inn })
  const { pin } = await requestPin(stack.relay.deps, alpha, { accountNumber: CLIENT.accountNumber })
  await decidePin(stack.relay.deps, await amoCtxOf(stack, AMO_ACCOUNTS.vendor.id), pin.id, 'approve', {})
})
afterEach(() => {
  expect(pageErrors.splice(0), 'errors thrown in the page').toEqual([])
})
afterAll(() => stack?.close())

describe("vendor staff's marks in the amoCRM widget, in Russian (AT-4.1, AG-1.3)", () => {
  test('the violation form offers only the rules ATRealt marks as violable, with their titles, none chosen beforehand (AT-4.1)', async () => {
    await openAmo(pages.vendor, amoUrl(stack, 'vendor', `/companies/detail/${CLIENT.cardId}`))
    const card = widgetColumn(pages.vendor)
    await card.getByRole('button', { name: 'Записать нарушение' }).click()
    const form = card.getByRole('form', { name: 'Нарушение партнёра' })
    const rule = form.getByLabel('Пункт правил')
    expect(await rule.inputValue()).toBe('')
    const offered = await rule
      .locator('option:not([value=""])')
      .evaluateAll((options) => options.map((option) => [(option as HTMLOptionElement).value, option.textContent]))
    expect(offered.map(([value]) => value)).toEqual([
      'AT-1.1',
      'AT-1.2',
      'AT-1.3',
      'AT-1.4',
      'AT-1.5',
      'AT-1.6',
      'AT-1.7',
      'AT-3.1',
      'AT-3.2',
      'AT-3.3',
      'AT-3.4',
    ])
    expect(offered).toContainEqual(['AT-3.2', 'п. 3.2 Правил — Запрещено передавать свой демо-аккаунт клиенту'])
    // The Agat RT program's rules are not this program's: none is offered.
    expect(offered.some(([, label]) => label?.includes('Программы'))).toBe(false)
    await expect.poll(() => form.getByRole('button', { name: 'Записать нарушение' }).isDisabled()).toBe(true)
    await rule.selectOption('AT-3.3')
    await form.getByLabel('Что произошло').fill('Продал сублицензии ниже прайса')
    expect(await axeFindings(pages.vendor)).toEqual([])
    await form.getByRole('button', { name: 'Записать нарушение' }).click()
    await card.getByText('Нарушение записано').waitFor()
    const recorded = await stack.relay.deps.db.selectFrom('violations').select(['rule', 'source', 'note']).where('partner_id', '=', alphaId).execute()
    expect(recorded).toEqual([{ rule: 'AT-3.3', source: 'staff', note: 'Продал сублицензии ниже прайса' }])
  })

  test("staff edit the partner's countries from its panel: a code that names no country is refused under its field and nothing changes; a good one is saved with the reason (AG-1.3)", async () => {
    await openAmo(pages.vendor, amoUrl(stack, 'vendor', '/settings/widgets/partner_relay'))
    const area = pages.vendor.locator('#work-area-partner_relay')
    await area.getByRole('button', { name: ALPHA.name }).first().click()
    const territory = area.locator('section', { hasText: 'Территория продаж' })
    await territory.getByText('Страны резидентства').waitFor()
    await territory.getByRole('button', { name: 'Изменить страны' }).click()
    const form = territory.getByRole('form', { name: 'Изменить страны' })
    expect(await form.getByLabel('Страны резидентства').inputValue()).toBe('RU')
    await form.getByLabel('Страны по договору').fill('kz, xx')
    await form.getByLabel('Основание (пункт договора)').fill('Партнёрский договор № 17, п. 2.4')
    await form.getByRole('button', { name: 'Сохранить страны' }).click()
    await form.getByText('Такой страны нет в ISO 3166-1: нужен двухбуквенный код, например KZ').first().waitFor()
    expect(await partnerRow()).toEqual({ countries: ['RU'], extra_countries: [], territory_reason: null })

    await form.getByLabel('Страны по договору').fill('KZ')
    expect(await axeFindings(pages.vendor)).toEqual([])
    await form.getByRole('button', { name: 'Сохранить страны' }).click()
    await territory.getByText('Страны партнёра сохранены').waitFor()
    await territory.getByText('Основание: Партнёрский договор № 17, п. 2.4').waitFor()
    expect(await partnerRow()).toEqual({ countries: ['RU'], extra_countries: ['KZ'], territory_reason: 'Партнёрский договор № 17, п. 2.4' })
    const audit = await stack.relay.deps.db.selectFrom('audit_log').select(['reason', 'after']).where('action', '=', 'partner.countries-changed').execute()
    expect(audit).toEqual([{ reason: 'Партнёрский договор № 17, п. 2.4', after: { countries: ['RU'], extraCountries: ['KZ'] } }])
  })
})
