import type { FrameLocator, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createClient } from '../../server/src/services/clients/create-client'
import type { Ctx } from '../../server/src/services/context'
import { recordViolation } from '../../server/src/services/partners/record-violation'
import type { TCrm } from '../../shared/src/contract'
import { createLinkCode, createPartner } from './support/admin-api'
import { amoUrl, installAndLink as installAmo, openAmo, widgetColumn } from './support/amocrm-ui'
import { appFrame, installAndLink as installB24, openCardTab, portalUrl } from './support/bitrix24-ui'
import { AMO_ACCOUNTS, CLIENTS, PARTNERS, PORTALS } from './support/e2e-world'
import { type Stack, startStack } from './support/start-stack'

let stack: Stack
const pages = {} as Record<'amo' | 'b24', Record<'vendor' | 'partner', Page>>

beforeAll(async () => {
  stack = await startStack()
  pages.amo = { vendor: await stack.newPage(), partner: await stack.newPage() }
  pages.b24 = { vendor: await stack.newPage(), partner: await stack.newPage() }
})
afterAll(() => stack?.close())

/** How the relay's database has this CRM account linked, as the actor its requests act as. */
const actorOf = async (crm: TCrm, account: string): Promise<Ctx> => {
  const row = await stack.relay.deps.db.selectFrom('installations').selectAll().where('crm', '=', crm).where('account', '=', account).executeTakeFirstOrThrow()
  const base = { crm, account, userId: null, installationId: row.id }
  return { now: new Date(), actor: row.partner_id ? { kind: 'partner', ...base, partnerId: row.partner_id } : { kind: 'vendor', ...base } }
}

/**
 * What this file is not about, through the relay's own use cases: the partner registers the card's
 * client, then vendor staff record a violation yesterday and, after the partner was told of it,
 * another today: a repeat, so expulsion is pending (AT-4.1).
 */
const pendingWithClient = async (crm: TCrm, accounts: { partner: string; vendor: string }, client: { accountNumber: string; name: string }) => {
  const partner = await actorOf(crm, accounts.partner)
  const vendor = await actorOf(crm, accounts.vendor)
  const partnerId = (partner.actor as { partnerId: string }).partnerId
  await createClient(stack.relay.deps, partner, { accountNumber: client.accountNumber, name: client.name })
  const yesterday = { ...vendor, now: new Date(vendor.now.getTime() - 86_400_000) }
  await recordViolation(stack.relay.deps, yesterday, partnerId, { rule: 'AT-3.4', note: 'Отзыв клиента о партнёре' })
  const { partner: after } = await recordViolation(stack.relay.deps, vendor, partnerId, { rule: 'AT-3.1', note: 'Представлялся сотрудником вендора' })
  expect(after.state).toBe('expulsion_pending')
}

type Words = { refusal: string; pinButton: string; pendingTitle: string }

/** The partner's card says why no pin is offered; the staff overview opens with the partner awaiting a decision. */
const refusedInWordsAndOnTop = async (card: Locator | FrameLocator, overview: Locator | FrameLocator, partnerName: string, words: Words) => {
  await card.getByText(words.refusal, { exact: true }).waitFor()
  expect(await card.getByRole('button', { name: words.pinButton }).count()).toBe(0)
  const first = overview.locator('.pr-section').first()
  await first.getByRole('heading', { name: words.pendingTitle }).waitFor()
  await first.getByRole('button', { name: partnerName }).waitFor()
}

describe('a partner pending expulsion is refused new pins in words, and staff see it first (AT-4.1)', () => {
  test('amoCRM, in Russian', async () => {
    const partnerId = await createPartner(stack, PARTNERS.alpha)
    await installAmo(pages.amo.vendor, { stack, who: 'vendor', code: await createLinkCode(stack, { role: 'vendor' }), linkedText: 'Привязано как вендор' })
    await installAmo(pages.amo.partner, {
      stack,
      who: 'alpha',
      code: await createLinkCode(stack, { partnerId }),
      linkedText: `Привязано к партнёру «${PARTNERS.alpha.name}»`,
    })
    await pendingWithClient('amocrm', { partner: String(AMO_ACCOUNTS.alpha.id), vendor: String(AMO_ACCOUNTS.vendor.id) }, CLIENTS.amocrm)
    await openAmo(pages.amo.partner, amoUrl(stack, 'alpha', `/companies/detail/${CLIENTS.amocrm.cardId}`))
    await openAmo(pages.amo.vendor, amoUrl(stack, 'vendor', '/settings/widgets/partner_relay'))
    await refusedInWordsAndOnTop(widgetColumn(pages.amo.partner), pages.amo.vendor.locator('#work-area-partner_relay'), PARTNERS.alpha.name, {
      refusal: 'Повторное нарушение: до решения об исключении новые клиенты, закрепления и регистрации сделок недоступны — п. 4.1 Правил',
      pinButton: 'Подать заявку на закрепление',
      pendingTitle: 'Ждут решения об исключении',
    })
  })

  test('Bitrix24, in English', async () => {
    const partnerId = await createPartner(stack, PARTNERS.beta)
    await installB24(pages.b24.vendor, { stack, who: 'vendor', code: await createLinkCode(stack, { role: 'vendor' }), linkedText: 'Привязано как вендор' })
    await installB24(pages.b24.partner, {
      stack,
      who: 'alpha',
      code: await createLinkCode(stack, { partnerId }),
      linkedText: `Привязано к партнёру «${PARTNERS.beta.name}»`,
    })
    await pendingWithClient('bitrix24', { partner: PORTALS.alpha.memberId, vendor: PORTALS.vendor.memberId }, CLIENTS.bitrix24)
    const card = await openCardTab(pages.b24.partner, stack, 'alpha', CLIENTS.bitrix24.cardId, 'en')
    await pages.b24.vendor.goto(portalUrl(stack, 'vendor', '/marketplace/app/17/', { lang: 'en' }))
    await refusedInWordsAndOnTop(card, appFrame(pages.b24.vendor), PARTNERS.beta.name, {
      refusal: 'Repeat violation: until the decision on expulsion, no new clients, pins or deal registrations — clause 4.1 of the Rules',
      pinButton: 'Request a pin',
      pendingTitle: 'Awaiting your decision on expulsion',
    })
  })
})
