import type { Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { createClient } from '../../server/src/services/clients/create-client'
import { createInvoice } from '../../server/src/services/invoices/create-invoice'
import { decidePin } from '../../server/src/services/pins/decide-pin'
import { requestPin } from '../../server/src/services/pins/request-pin'
import { createPartner } from './support/admin-api'
import { amoCtxOf, linkVendorAndAlpha } from './support/amo-actors'
import { amoUrl, openAmo, widgetColumn } from './support/amocrm-ui'
import { AMO_ACCOUNTS, CLIENTS, PARTNERS } from './support/e2e-world'
import { type Stack, startStack } from './support/start-stack'

const CLIENT = CLIENTS.amocrm
let stack: Stack
let invoiceNumber: string
const pages = {} as Record<'vendor' | 'alpha', Page>
const pageErrors: string[] = []

beforeAll(async () => {
  stack = await startStack()
  for (const who of ['vendor', 'alpha'] as const) {
    pages[who] = await stack.newPage()
    pages[who].on('pageerror', (error) => pageErrors.push(`${who}: ${error.message}`))
  }
})
afterEach(() => {
  expect(pageErrors.splice(0), 'errors thrown in the page').toEqual([])
})
afterAll(() => stack?.close())

describe('amoCRM: the partner is told what to transfer and by when (AT-1.6)', () => {
  test('a partner with a pinned client and an invoice its client has not paid yet', async () => {
    const alphaId = await createPartner(stack, PARTNERS.alpha)
    await linkVendorAndAlpha(stack, pages, alphaId)
    const alpha = await amoCtxOf(stack, AMO_ACCOUNTS.alpha.id)
    await createClient(stack.relay.deps, alpha, { accountNumber: CLIENT.accountNumber, name: CLIENT.name, inn: CLIENT.inn })
    const { pin } = await requestPin(stack.relay.deps, alpha, { accountNumber: CLIENT.accountNumber })
    await decidePin(stack.relay.deps, await amoCtxOf(stack, AMO_ACCOUNTS.vendor.id), pin.id, 'approve', {})
    const { invoice } = await createInvoice(stack.relay.deps, alpha, {
      accountNumber: CLIENT.accountNumber,
      lines: [{ sku: 'atrealt-amocrm', quantity: 1, months: 1 }],
    })
    invoiceNumber = invoice.number
  })

  test('the client payment recorded on the card: the card says the transfer in a line, the overview lists the notice, and it is marked read', async () => {
    await openAmo(pages.alpha, amoUrl(stack, 'alpha', `/companies/detail/${CLIENT.cardId}`))
    const card = widgetColumn(pages.alpha)
    await card.getByRole('button', { name: 'Отметить оплату' }).click()
    await card.getByText(new RegExp(`^Перевести \\d[\\d\\s]*,\\d{2}\\s₽ по счёту № ${invoiceNumber} до \\d{2}\\.\\d{2}\\.\\d{4}$`)).waitFor()

    await openAmo(pages.alpha, amoUrl(stack, 'alpha', '/settings/widgets/partner_relay'))
    const area = pages.alpha.locator('#work-area-partner_relay')
    // The pin approved and the transfer to make: two unread.
    await area.getByText('Уведомления · новых: 2').click()
    const notice = area.locator('[data-notice="transfer.due"]')
    await notice.getByText(new RegExp(`^Клиент оплатил: перевести .+ по счёту № ${invoiceNumber} до \\d{2}\\.\\d{2}\\.\\d{4}$`)).waitFor()
    await area.getByText('Непрочитанных: 2').waitFor()
    await notice.getByRole('button', { name: 'Прочитано' }).click()
    await area.getByText('Непрочитанных: 1').waitFor()
    await expect.poll(() => notice.getByRole('button', { name: 'Прочитано' }).count()).toBe(0)
    const rows = await stack.relay.deps.db.selectFrom('notices').select(['kind', 'read_at']).where('kind', '=', 'transfer.due').execute()
    expect(rows).toHaveLength(1)
    expect(rows[0].read_at).not.toBeNull()
  })
})
