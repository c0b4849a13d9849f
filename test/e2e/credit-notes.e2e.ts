import type { Frame, FrameLocator, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { linkVendorAndPartner } from './support/admin-api'
import { amoUrl, installAndLink as installAmo, openAmo, widgetColumn } from './support/amocrm-ui'
import { pdfText } from './support/artifacts'
import { appFrameOf, axeFindings } from './support/axe'
import { installAndLink as installB24, openCardTab } from './support/bitrix24-ui'
import { AMO_ACCOUNTS, CLIENTS, PARTNERS, PORTALS } from './support/e2e-world'
import { invoicedClient } from './support/invoiced-client'
import { type Stack, startStack } from './support/start-stack'

let stack: Stack
const pages = {} as Record<'amo' | 'b24', Record<'vendor' | 'alpha', Page>>

beforeAll(async () => {
  stack = await startStack()
  pages.amo = { vendor: await stack.newPage(), alpha: await stack.newPage() }
  pages.b24 = { vendor: await stack.newPage(), alpha: await stack.newPage() }
})
afterAll(() => stack?.close())

// Ten amoCRM sublicenses for twelve months: the client asks for three fewer before the transfer.
const LINES = [{ sku: 'atrealt-amocrm', quantity: 10, months: 12 }]

type Words = { issue: string; fewer: string; reason: string; said: RegExp; title: RegExp; pdf: (number: string) => string }

/**
 * The story in one CRM: vendor staff credit 3 of 10 sublicenses from their card with a reason; the
 * note gets its own number and shows under the invoice on the partner's card with its PDF.
 */
const creditedFromTheCard = async (
  root: { partner: () => Promise<Locator | FrameLocator>; vendor: () => Promise<Locator | FrameLocator>; vendorDocument: () => Promise<Page | Frame> },
  partnerPage: Page,
  invoiceId: string,
  words: Words,
) => {
  const vendorCard = await root.vendor()
  await vendorCard.getByRole('button', { name: words.issue }).click()
  const form = vendorCard.getByRole('form', { name: words.issue })
  await form.getByLabel(words.fewer).fill('3')
  await form.getByLabel(words.reason).fill('Клиент сократил число рабочих мест до семи')
  // The open form, labelled and filled, has no serious or critical WCAG 2.1 AA finding (axe-core).
  expect(await axeFindings(await root.vendorDocument())).toEqual([])
  await form.getByRole('button', { name: words.issue }).click()
  await vendorCard.getByText(words.said).waitFor()

  const [note] = await stack.relay.deps.db.selectFrom('credit_notes').selectAll().where('invoice_id', '=', invoiceId).execute()
  expect(note.number).toMatch(/^К-\d{4}-\d{6}$/)
  expect(note.lines).toMatchObject([{ line: 0, was: { quantity: 10 }, becomes: { quantity: 7 } }])

  const partnerCard = await root.partner()
  await partnerCard.getByText(words.title).waitFor()
  const [download] = await Promise.all([partnerPage.waitForEvent('download'), partnerCard.getByRole('button', { name: words.pdf(note.number) }).click()])
  const text = pdfText(await download.path())
  // Without poppler's pdftotext, only the file type is checked.
  if (text !== null) {
    expect(text).toContain(`Корректировочный счёт № ${note.number}`)
    expect(text).toContain('Клиент сократил число рабочих мест до семи')
  }
}

describe('vendor staff issue a credit note from the client card (X-2, X-3)', () => {
  test('amoCRM, in Russian', async () => {
    await linkVendorAndPartner(stack, { install: installAmo, pages: pages.amo, partner: PARTNERS.alpha })
    const accounts = { partner: String(AMO_ACCOUNTS.alpha.id), vendor: String(AMO_ACCOUNTS.vendor.id) }
    const { invoice } = await invoicedClient(stack, 'amocrm', accounts, CLIENTS.amocrm, LINES)
    const openCard = async (who: 'vendor' | 'alpha') => {
      await openAmo(pages.amo[who], amoUrl(stack, who, `/companies/detail/${CLIENTS.amocrm.cardId}`))
      return widgetColumn(pages.amo[who])
    }
    await creditedFromTheCard(
      { partner: () => openCard('alpha'), vendor: () => openCard('vendor'), vendorDocument: async () => pages.amo.vendor },
      pages.amo.alpha,
      invoice.id,
      {
        issue: 'Выставить корректировочный счёт',
        fewer: 'Меньше лицензий, шт.',
        reason: 'Причина',
        said: /Корректировочный счёт № К-\d{4}-\d{6} выставлен: к оплате меньше на/,
        title: /Корректировочный счёт № К-\d{4}-\d{6} от \d{2}\.\d{2}\.\d{4}/,
        pdf: (number) => `Скачать PDF корректировочного счёта № ${number}`,
      },
    )
  })

  test('Bitrix24, in English', async () => {
    await linkVendorAndPartner(stack, { install: installB24, pages: pages.b24, partner: PARTNERS.beta })
    const accounts = { partner: PORTALS.alpha.memberId, vendor: PORTALS.vendor.memberId }
    const { invoice } = await invoicedClient(stack, 'bitrix24', accounts, CLIENTS.bitrix24, LINES)
    const openCard = (who: 'vendor' | 'alpha') => openCardTab(pages.b24[who], stack, who, CLIENTS.bitrix24.cardId, 'en')
    await creditedFromTheCard(
      { partner: () => openCard('alpha'), vendor: () => openCard('vendor'), vendorDocument: () => appFrameOf(pages.b24.vendor) },
      pages.b24.alpha,
      invoice.id,
      {
        issue: 'Issue a credit note',
        fewer: 'Fewer sublicenses',
        reason: 'Reason',
        said: /Credit note К-\d{4}-\d{6} issued: payable reduced by/,
        title: /Credit note К-\d{4}-\d{6} of \d{2}\/\d{2}\/\d{4}/,
        pdf: (number) => `Download credit note ${number} as PDF`,
      },
    )
  })
})
