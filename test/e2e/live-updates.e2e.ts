import type { Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { createClient } from '../../server/src/services/clients/create-client'
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
