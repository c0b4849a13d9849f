import type { Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { clientCard } from '../../server/src/services/clients/client-card'
import { createClient } from '../../server/src/services/clients/create-client'
import { createInvoice } from '../../server/src/services/invoices/create-invoice'
import { recordClientPayment } from '../../server/src/services/invoices/record-client-payment'
import { decidePin } from '../../server/src/services/pins/decide-pin'
import { requestPin } from '../../server/src/services/pins/request-pin'
import { createPartner } from './support/admin-api'
import { amoCtxOf, linkVendorAndAlpha } from './support/amo-actors'
import { amoUrl, openAmo, widgetColumn } from './support/amocrm-ui'
import { AMO_ACCOUNTS, CLIENTS, PARTNERS } from './support/e2e-world'
import { type Stack, startStack } from './support/start-stack'

const CLIENT = CLIENTS.amocrm
let stack: Stack
const pages = {} as Record<'vendor' | 'alpha', Page>
const pageErrors: string[] = []

beforeAll(async () => {
  stack = await startStack()
  for (const who of ['vendor', 'alpha'] as const) {
    pages[who] = await stack.newPage()
    pages[who].on('pageerror', (error) => pageErrors.push(`${who}: ${error.message}`))
  }
  const alphaId = await createPartner(stack, PARTNERS.alpha)
  await linkVendorAndAlpha(stack, pages, alphaId)
  const alpha = await amoCtxOf(stack, AMO_ACCOUNTS.alpha.id)
  await createClient(stack.relay.deps, alpha, { accountNumber: CLIENT.accountNumber, name: CLIENT.name, inn: CLIENT.inn })
  await requestPin(stack.relay.deps, alpha, { accountNumber: CLIENT.accountNumber })
})
afterEach(() => {
  expect(pageErrors.splice(0), 'errors thrown in the page').toEqual([])
})
afterAll(() => stack?.close())

describe('amoCRM: live updates without a reload (issue 11)', () => {
  test("staff approve a pin in their amoCRM and the partner's open card shows it within 5 seconds, on one stream (AT-1.2)", async () => {
    const streams: string[] = []
    pages.alpha.on('request', (request) => {
      if (new URL(request.url()).pathname === '/v1/events') streams.push(request.url())
    })
    await openAmo(pages.alpha, amoUrl(stack, 'alpha', `/companies/detail/${CLIENT.cardId}`))
    const partnerCard = widgetColumn(pages.alpha)
    await partnerCard.getByText('Заявка на рассмотрении').waitFor()
    // The page is never loaded again from here: the change must come down the stream.
    const loads: string[] = []
    pages.alpha.on('framenavigated', (frame) => loads.push(frame.url()))
    await openAmo(pages.vendor, amoUrl(stack, 'vendor', `/companies/detail/${CLIENT.cardId}`))
    await widgetColumn(pages.vendor).getByRole('button', { name: 'Одобрить' }).click()
    await widgetColumn(pages.vendor).getByText('Закреплён', { exact: true }).first().waitFor()
    await partnerCard.getByText('Закреплён', { exact: true }).first().waitFor({ timeout: 5000 })
    expect(loads).toEqual([])
    expect(streams).toHaveLength(1)
    expect(streams[0]).toMatch(/\/v1\/events\?ticket=[\w-]+$/)
  })
})

/** The client's paid terms as the card shows them to the partner. */
const termsOf = async (ctx: Awaited<ReturnType<typeof amoCtxOf>>, accountNumber: string) =>
  ((await clientCard(stack.relay.deps, ctx, accountNumber)) as { sublicenses: { paidFrom: string; paidThrough: string | null }[] }).sublicenses

/** A calendar date `days` from today, as the relay counts days (Moscow). */
const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000 + 3 * 3_600_000).toISOString().slice(0, 10)

describe('amoCRM: «Продлить» on the partner overview (AT-1.6 prolongation)', () => {
  test('a term ending soon is listed; «Продлить» makes an invoice with the same lines whose term starts the day after', async () => {
    const alpha = await amoCtxOf(stack, AMO_ACCOUNTS.alpha.id)
    const vendor = await amoCtxOf(stack, AMO_ACCOUNTS.vendor.id)
    const accountNumber = '41000077'
    await createClient(stack.relay.deps, alpha, { accountNumber, name: 'ООО «Продление»' })
    const { pin } = await requestPin(stack.relay.deps, alpha, { accountNumber })
    await decidePin(stack.relay.deps, vendor, pin.id, 'approve', {})
    const lines = [{ sku: 'atrealt-amocrm', quantity: 2, months: 1 }]
    const paidOn = dayFromToday(-20)
    await createInvoice(stack.relay.deps, alpha, { accountNumber, lines, clientPaidOn: paidOn, confirmed: ['deadline_passed'] })
    const [term] = await termsOf(alpha, accountNumber)
    await openAmo(pages.alpha, amoUrl(stack, 'alpha', '/settings/widgets/partner_relay'))
    const area = pages.alpha.locator('#work-area-partner_relay')
    const item = area.locator('.pr-renewal').filter({ hasText: accountNumber })
    await item.getByText('ООО «Продление», аккаунт').waitFor()
    await item.getByRole('button', { name: /Продлить/ }).click()
    expect(await area.getByLabel('Сублицензий').inputValue()).toBe('2')
    expect(await area.getByLabel('Месяцев').inputValue()).toBe('1')
    await area.getByText(/Новый срок: \d{2}\.\d{2}\.\d{4} – \d{2}\.\d{2}\.\d{4}/).waitFor()
    await area.getByText('К оплате вендору').first().waitFor()
    await area.getByRole('button', { name: 'Выставить счёт' }).click()
    // The same lines again within minutes: the form asks to confirm a possible duplicate first.
    await area.getByRole('button', { name: 'Да, выставить' }).click()
    // The form closes and the list is shown again: the term still ends soon until the client pays.
    await item.getByRole('button', { name: /Продлить/ }).waitFor()
    const invoices = await stack.relay.deps.db
      .selectFrom('invoices')
      .select(['id', 'lines'])
      .where('account_number', '=', accountNumber)
      .orderBy('number')
      .execute()
    expect(invoices).toHaveLength(2)
    expect((invoices[1].lines as { sku: string; quantity: number; months: number }[]).map(({ sku, quantity, months }) => ({ sku, quantity, months }))).toEqual(
      lines,
    )
    // The client pays today, before the current term ends: the new term starts the day after it.
    await recordClientPayment(stack.relay.deps, alpha, invoices[1].id, { paidOn: dayFromToday(0) })
    const renewed = (await termsOf(alpha, accountNumber)).at(-1)!
    const dayAfter = new Date(Date.parse(`${term.paidThrough}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
    expect(renewed.paidFrom).toBe(dayAfter)
  })
})
