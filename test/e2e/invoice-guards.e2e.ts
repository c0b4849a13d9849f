import type { FrameLocator, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createClient } from '../../server/src/services/clients/create-client'
import type { Ctx } from '../../server/src/services/context'
import { linkInstallation } from '../../server/src/services/installations/link-installation'
import { decidePin } from '../../server/src/services/pins/decide-pin'
import { requestPin } from '../../server/src/services/pins/request-pin'
import { findInstallation } from '../../server/src/store/queries/installations'
import type { TCrm } from '../../shared/src/contract'
import { createLinkCode, createPartner } from './support/admin-api'
import { amoUrl, installAndLink as installAmo, openAmo, widgetColumn } from './support/amocrm-ui'
import { installAndLink as installB24, openCardTab } from './support/bitrix24-ui'
import { AMO_ACCOUNTS, CLIENTS, PARTNERS, PORTALS } from './support/e2e-world'
import { type Stack, startStack } from './support/start-stack'
import { trackRequests } from './support/track-requests'

type Root = Locator | FrameLocator
let stack: Stack
let amo: Page
let b24: Page

/** A CRM account's installation as the relay's own services see it: the caller of a use case. */
const ctxOf = async (crm: TCrm, account: string): Promise<Ctx> => {
  const installation = (await findInstallation(stack.relay.deps.db, crm, account))!
  const base = { crm, account, userId: '1', installationId: installation.id }
  return { actor: installation.partnerId ? { kind: 'partner', ...base, partnerId: installation.partnerId } : { kind: 'vendor', ...base }, now: new Date() }
}

/** The client registered by the partner and its pin approved by vendor staff, through the relay's use cases: not what is tested here. */
const pinClient = async (partner: Ctx, vendor: Ctx, client: { accountNumber: string; name: string }) => {
  await createClient(stack.relay.deps, partner, { accountNumber: client.accountNumber, name: client.name, email: 'office@client.example.ru' })
  const { pin } = await requestPin(stack.relay.deps, partner, { accountNumber: client.accountNumber })
  if (pin.state === 'requested') await decidePin(stack.relay.deps, vendor, pin.id, 'approve', {})
}

const invoicesOf = (accountNumber: string) =>
  stack.relay.deps.db.selectFrom('invoices').select(['number', 'client_paid_on']).where('account_number', '=', accountNumber).execute()

beforeAll(async () => {
  stack = await startStack()
  amo = await stack.newPage()
  b24 = await stack.newPage()
  const code = await createLinkCode(stack, { role: 'vendor' })
  const domain = new URL(stack.harnessUrl).host
  await linkInstallation(
    stack.relay.deps,
    { actor: { kind: 'unlinked', crm: 'amocrm', account: 'guards-vendor', domain, userId: '1' }, now: new Date() },
    { code },
  )
  const vendor = await ctxOf('amocrm', 'guards-vendor')

  const alphaId = await createPartner(stack, PARTNERS.alpha)
  await installAmo(amo, {
    stack,
    who: 'alpha',
    code: await createLinkCode(stack, { partnerId: alphaId }),
    linkedText: `Привязано к партнёру «${PARTNERS.alpha.name}»`,
  })
  await pinClient(await ctxOf('amocrm', String(AMO_ACCOUNTS.alpha.id)), vendor, CLIENTS.amocrm)

  const betaId = await createPartner(stack, PARTNERS.beta)
  await installB24(b24, {
    stack,
    who: 'beta',
    code: await createLinkCode(stack, { partnerId: betaId }),
    linkedText: `Привязано к партнёру «${PARTNERS.beta.name}»`,
  })
  await pinClient(await ctxOf('bitrix24', PORTALS.beta.memberId), vendor, CLIENTS.bitrix24)
})
afterAll(() => stack?.close())

/** The words of one language, so one walk-through serves amoCRM in Russian and Bitrix24 in English. */
const WORDS = {
  ru: {
    quantity: 'Сублицензий',
    paidOnInForm: 'Дата оплаты клиентом, если уже оплатил',
    paidOnOfInvoice: 'Дата оплаты клиентом',
    create: 'Выставить счёт',
    another: 'Выставить ещё счёт',
    tooMany: 'Количество — целое число от 1 до 1 000',
    lateInvoice: 'Срок перевода по п. 1.6 Правил истёк 14.01.2026 — счёт сразу будет просрочен',
    askInvoice: 'Всё равно выставить счёт?',
    cancel: 'Отмена',
    created: /Счёт № \d{4}-\d{6} выставлен/,
    record: 'Отметить оплату',
    latePayment: 'Срок перевода по п. 1.6 Правил истёк 14.01.2026 — перевод сразу будет просрочен',
    askPayment: 'Всё равно отметить оплату этой датой?',
    confirmPayment: 'Да, отметить',
    paid: 'Клиент оплатил 01.01.2026',
  },
  en: {
    quantity: 'Sublicenses',
    paidOnInForm: 'Date the client paid, if it has',
    paidOnOfInvoice: 'Date the client paid',
    create: 'Create invoice',
    another: 'Create another invoice',
    tooMany: 'Quantity must be a whole number from 1 to 1,000',
    lateInvoice: 'The transfer deadline under clause 1.6 of the Rules passed on 14/01/2026: the invoice will be overdue at once',
    askInvoice: 'Create the invoice anyway?',
    cancel: 'Cancel',
    created: /Invoice \d{4}-\d{6} created/,
    record: 'Record payment',
    latePayment: 'The transfer deadline under clause 1.6 of the Rules passed on 14/01/2026: the transfer will be overdue at once',
    askPayment: 'Record the payment on this date anyway?',
    confirmPayment: 'Yes, record',
    paid: 'Client paid on 01/01/2026',
  },
}

/** The guarded invoice form, walked through in one CRM and one language. */
const walkThrough = (name: string, lang: 'ru' | 'en', open: () => Promise<Root>, page: () => Page, accountNumber: string) => {
  const w = WORDS[lang]

  test(`${name}: a quantity beyond the product limit is refused in words and kept as typed (AT-5.3)`, async () => {
    const root = await open()
    await root.getByLabel('Продукт').or(root.getByLabel('Product')).selectOption({ index: 1 })
    const quantity = root.getByLabel(w.quantity, { exact: true })
    await quantity.fill('100000')
    await root.getByText(w.tooMany).waitFor()
    expect(await quantity.inputValue()).toBe('100000')
    expect(await root.getByRole('button', { name: w.create }).isDisabled()).toBe(true)
    expect(await invoicesOf(accountNumber)).toEqual([])
  })

  test(`${name}: a late client payment date is said before the partner commits and asked about in place (AT-1.6)`, async () => {
    const root = await open()
    await root.getByLabel('Продукт').or(root.getByLabel('Product')).selectOption({ index: 1 })
    await root.getByLabel(w.quantity, { exact: true }).fill('3')
    await root.getByLabel(w.paidOnInForm, { exact: true }).fill('2026-01-01')
    await root.getByText(w.lateInvoice).waitFor()
    const create = root.getByRole('button', { name: w.create })
    await expect.poll(() => create.isEnabled(), { timeout: 10_000 }).toBe(true)
    await create.click()
    await root.getByText(w.askInvoice).waitFor()
    expect(await invoicesOf(accountNumber)).toEqual([])
    await root.getByRole('button', { name: w.cancel }).click()
    await root.getByText(w.askInvoice).waitFor({ state: 'detached' })
  })

  test(`${name}: a double click on «${w.create}» makes one invoice; the form closes and the invoice is shown (X-6)`, async () => {
    const root = await open()
    await root.getByLabel('Продукт').or(root.getByLabel('Product')).selectOption({ index: 1 })
    await root.getByLabel(w.quantity, { exact: true }).fill('2')
    const create = root.getByRole('button', { name: w.create })
    await expect.poll(() => create.isEnabled(), { timeout: 10_000 }).toBe(true)
    const posts = trackRequests(page(), 'POST', '/v1/invoices')
    await create.dblclick()
    await root.getByText(w.created).first().waitFor()
    expect(await posts.settled()).toBeGreaterThan(0)
    const invoices = await invoicesOf(accountNumber)
    expect(invoices).toHaveLength(1)
    await root.getByRole('button', { name: w.another }).waitFor()
    expect(await root.getByRole('button', { name: w.create }).count()).toBe(0)
    await root.locator(`.pr-invoice--new[data-invoice="${invoices[0].number}"]`).waitFor()
  })

  test(`${name}: a client payment date that makes the transfer late asks to confirm, then is recorded (AT-1.6)`, async () => {
    const root = await open()
    await root.getByLabel(w.paidOnOfInvoice, { exact: true }).fill('2026-01-01')
    await root.getByRole('button', { name: w.record }).click()
    await root.getByText(w.latePayment).waitFor()
    await root.getByText(w.askPayment).waitFor()
    expect((await invoicesOf(accountNumber))[0].client_paid_on).toBeNull()
    await root.getByRole('button', { name: w.confirmPayment }).click()
    await root.getByText(w.paid).waitFor()
    expect((await invoicesOf(accountNumber))[0].client_paid_on).toBe('2026-01-01')
  })
}

describe('amoCRM in Russian: money actions guarded', () => {
  walkThrough(
    'amoCRM',
    'ru',
    async () => {
      await openAmo(amo, amoUrl(stack, 'alpha', `/companies/detail/${CLIENTS.amocrm.cardId}`, 'ru'))
      return widgetColumn(amo)
    },
    () => amo,
    CLIENTS.amocrm.accountNumber,
  )
})

describe('Bitrix24 in English: money actions guarded', () => {
  walkThrough(
    'Bitrix24',
    'en',
    () => openCardTab(b24, stack, 'beta', CLIENTS.bitrix24.cardId, 'en'),
    () => b24,
    CLIENTS.bitrix24.accountNumber,
  )
})
