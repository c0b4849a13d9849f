import type { Frame, FrameLocator, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { todayIn } from '../../server/src/domain/calendar/today-in'
import { scanOverdue } from '../../server/src/jobs/scan-overdue'
import type { TCrm } from '../../shared/src/contract'
import { linkVendorAndPartner } from './support/admin-api'
import { amoUrl, installAndLink as installAmo, openAmo, widgetColumn } from './support/amocrm-ui'
import { appFrameOf, axeFindings } from './support/axe'
import { appFrame, installAndLink as installB24, openCardTab, portalUrl } from './support/bitrix24-ui'
import { AMO_ACCOUNTS, CLIENTS, PARTNERS, PORTALS, type Who } from './support/e2e-world'
import { invoicedClient as invoicedClientOf } from './support/invoiced-client'
import { type Stack, startStack } from './support/start-stack'

let stack: Stack
const pages = {} as Record<'amo' | 'b24', Record<Exclude<Who, 'beta'>, Page>>

beforeAll(async () => {
  stack = await startStack()
  pages.amo = { vendor: await stack.newPage(), alpha: await stack.newPage() }
  pages.b24 = { vendor: await stack.newPage(), alpha: await stack.newPage() }
})
afterAll(() => stack?.close())

const invoicedClient = (crm: TCrm, accounts: { partner: string; vendor: string }, client: { accountNumber: string; name: string }) =>
  invoicedClientOf(stack, crm, accounts, client)

const violationsOf = (partnerId: string) =>
  stack.relay.deps.db.selectFrom('violations').select(['source', 'voided_at', 'void_reason']).where('partner_id', '=', partnerId).execute()
const stateOf = async (partnerId: string) =>
  (await stack.relay.deps.db.selectFrom('partners').select('state').where('id', '=', partnerId).executeTakeFirstOrThrow()).state

// The relay runs on the real clock: the corrected date is the day of the run, so its deadline is ahead.
const PAID_ON = todayIn('Europe/Moscow', new Date())
const [YEAR, MONTH, DAY] = PAID_ON.split('-')

type Lang = 'ru' | 'en'
type Overview = (lang: Lang) => Promise<Locator>

/** Names the data gives, which read as they were written in either language: partners, clients, products, a file format. */
const PROPER_NAMES = [
  PARTNERS.alpha.name,
  PARTNERS.beta.name,
  CLIENTS.amocrm.name,
  CLIENTS.bitrix24.name,
  /ATRealt( for (amoCRM|Bitrix24)| для (amoCRM|Битрикс24)|\.CRM)?/g,
  // A file format, named the same in both languages.
  /\bPDF\b/g,
]
const DATE = { ru: /(?<!\d)\d{2}\.\d{2}\.\d{4}(?!\d)/, en: /(?<!\d)\d{2}\/\d{2}\/\d{4}(?!\d)/ }

/**
 * The partner's overview after the overdue pass, in one language: no id, no rule or event code, no
 * account key, no word of the other language, and every date as that language writes it (AT-1.6, AT-4.1).
 */
const expectOverviewInWords = async (overview: Overview, lang: Lang, { partnerId, dueOn }: { partnerId: string; dueOn: string }) => {
  const area = await overview(lang)
  const [y, m, d] = dueOn.split('-')
  const due = lang === 'ru' ? `${d}.${m}.${y}` : `${d}/${m}/${y}`
  await area
    .getByText(lang === 'ru' ? `не поступил до ${due}` : `not received by ${due}`)
    .first()
    .waitFor()
  await area
    .getByText(lang === 'ru' ? 'Счёт выставлен' : 'Invoice issued')
    .first()
    .waitFor()
  const text = PROPER_NAMES.reduce<string>((rest, name) => rest.replaceAll(name, ' '), ((await area.textContent()) ?? '').replace(/\s+/g, ' '))
  expect(text).not.toContain(partnerId)
  expect(text).not.toMatch(/[0-9a-f]{8}[ -][0-9a-f]{4}[ -][0-9a-f]{4}/)
  expect(text).not.toMatch(/\b(AG|AT|X)-\d/)
  expect(text).not.toMatch(/\b(invoice|client|transfer|partner|vendor|pin|violation|overview)\.[a-z]/)
  expect(text).not.toMatch(/\b(receivable|payable|requested|approved|rejected|released|restricted|expelled|auto-overdue)\b/)
  expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/)
  expect(text).not.toMatch(DATE[lang === 'ru' ? 'en' : 'ru'])
  expect(text).toMatch(DATE[lang])
  if (lang === 'ru') expect(text.match(/[A-Za-z]{2,}/g) ?? [], 'English words in Russian').toEqual([])
  else expect(text.match(/[А-Яа-яЁё]+/g) ?? [], 'Russian words in English').toEqual([])
}

type Words = {
  paymentDate: string
  recordPayment: string
  confirmPayment: string
  correct: string
  correctedDate: string
  reason: string
  said: RegExp
  /** The voided violation on the partner's overview, with the old and the new deadline. */
  voided: RegExp
}

/**
 * The story of the issue in one CRM: the partner types a far-back client-payment date, the overdue
 * pass turns it into a violation and the partner drops to the base discount (AT-1.6 → AT-4.1); vendor
 * staff correct the date on their card and the violation is void, the discount back.
 */
const mistypedAndCorrected = async (
  root: {
    partner: () => Promise<Locator | FrameLocator>
    partnerOverview: Overview
    vendor: () => Promise<Locator | FrameLocator>
    vendorDocument: () => Promise<Page | Frame>
  },
  partnerId: string,
  words: Words,
) => {
  const partnerCard = await root.partner()
  // The invoice's own date field, not the quote form's «…, если уже оплатил».
  await partnerCard.getByLabel(words.paymentDate, { exact: true }).fill('2020-01-01')
  await partnerCard.getByRole('button', { name: words.recordPayment }).click()
  // The partner is told the transfer is already late and confirms the date all the same (AT-1.6).
  await partnerCard.getByRole('button', { name: words.confirmPayment }).click()
  await expect
    .poll(
      async () =>
        (await stack.relay.deps.db.selectFrom('invoices').select('client_paid_on').where('partner_id', '=', partnerId).executeTakeFirst())?.client_paid_on,
    )
    .toBe('2020-01-01')

  expect((await scanOverdue(stack.relay.deps, new Date())).raised).toBe(1)
  expect(await stateOf(partnerId)).toBe('restricted')
  const { transfer_due_on: dueOn } = await stack.relay.deps.db
    .selectFrom('invoices')
    .select('transfer_due_on')
    .where('partner_id', '=', partnerId)
    .executeTakeFirstOrThrow()
  for (const lang of ['ru', 'en'] as const) await expectOverviewInWords(root.partnerOverview, lang, { partnerId, dueOn: dueOn! })

  const vendorCard = await root.vendor()
  await vendorCard.getByRole('button', { name: words.correct }).click()
  const form = vendorCard.getByRole('form', { name: words.correct })
  await form.getByLabel(words.correctedDate).fill(PAID_ON)
  await form.getByLabel(words.reason).fill(`Клиент оплатил ${DAY}.${MONTH}.${YEAR}, партнёр ошибся в годе`)
  // The open form, labelled and filled, has no serious or critical WCAG 2.1 AA finding (axe-core).
  expect(await axeFindings(await root.vendorDocument())).toEqual([])
  await form.getByRole('button', { name: words.correct }).click()
  await vendorCard.getByText(words.said).waitFor()

  expect(await violationsOf(partnerId)).toEqual([
    { source: 'auto-overdue', voided_at: expect.any(Date), void_reason: expect.stringContaining('партнёр ошибся в годе') },
  ])
  expect(await stateOf(partnerId)).toBe('active')
  await (await root.partnerOverview(words.paymentDate === 'Дата оплаты клиентом' ? 'ru' : 'en')).getByText(words.voided).waitFor()
}

describe('vendor staff correct a mistyped client-payment date in the widget (AT-1.6, AT-4.1)', () => {
  test("amoCRM, in Russian; the partner's overview after the overdue pass in both languages", async () => {
    const partnerId = await linkVendorAndPartner(stack, {
      install: installAmo,
      pages: pages.amo,
      partner: { ...PARTNERS.alpha, currentDiscountBps: 3000 } as typeof PARTNERS.alpha,
    })
    await invoicedClient('amocrm', { partner: String(AMO_ACCOUNTS.alpha.id), vendor: String(AMO_ACCOUNTS.vendor.id) }, CLIENTS.amocrm)
    const openCard = async (who: 'vendor' | 'alpha') => {
      await openAmo(pages.amo[who], amoUrl(stack, who, `/companies/detail/${CLIENTS.amocrm.cardId}`))
      return widgetColumn(pages.amo[who])
    }
    await mistypedAndCorrected(
      {
        partner: () => openCard('alpha'),
        partnerOverview: async (lang) => {
          await openAmo(pages.amo.alpha, amoUrl(stack, 'alpha', '/settings/widgets/partner_relay', lang))
          return pages.amo.alpha.locator('#work-area-partner_relay')
        },
        vendor: () => openCard('vendor'),
        vendorDocument: async () => pages.amo.vendor,
      },
      partnerId,
      {
        paymentDate: 'Дата оплаты клиентом',
        confirmPayment: 'Да, отметить',
        recordPayment: 'Отметить оплату',
        correct: 'Исправить дату оплаты клиентом',
        correctedDate: 'Дата оплаты клиентом',
        reason: 'Причина',
        voided: new RegExp(
          String.raw`отменено: дата оплаты исправлена с 01\.01\.2020 на ${DAY}\.${MONTH}\.${YEAR}, срок перевода — \d{2}\.\d{2}\.\d{4} вместо 13\.01\.2020: Клиент оплатил`,
        ),
        said: new RegExp(
          String.raw`Дата оплаты клиентом исправлена с 01\.01\.2020 на ${DAY}\.${MONTH}\.${YEAR}\. Срок перевода — \d{2}\.\d{2}\.\d{4} вместо 13\.01\.2020\. Нарушение по п\. 1\.6 Правил аннулировано, скидка партнёра — 30\s%\.`,
        ),
      },
    )
  })

  test("Bitrix24, in English; the partner's overview after the overdue pass in both languages", async () => {
    const partnerId = await linkVendorAndPartner(stack, {
      install: installB24,
      pages: pages.b24,
      partner: { ...PARTNERS.beta, currentDiscountBps: 3000 } as typeof PARTNERS.beta,
    })
    await invoicedClient('bitrix24', { partner: PORTALS.alpha.memberId, vendor: PORTALS.vendor.memberId }, CLIENTS.bitrix24)
    const openCard = (who: 'vendor' | 'alpha') => openCardTab(pages.b24[who], stack, who, CLIENTS.bitrix24.cardId, 'en')
    await mistypedAndCorrected(
      {
        partner: () => openCard('alpha'),
        partnerOverview: async (lang) => {
          await pages.b24.alpha.goto(portalUrl(stack, 'alpha', '/marketplace/app/17/', { lang }))
          return appFrame(pages.b24.alpha).locator('body')
        },
        vendor: () => openCard('vendor'),
        vendorDocument: () => appFrameOf(pages.b24.vendor),
      },
      partnerId,
      {
        paymentDate: 'Date the client paid',
        confirmPayment: 'Yes, record',
        recordPayment: 'Record payment',
        correct: 'Correct the client payment date',
        correctedDate: 'Date the client paid',
        reason: 'Reason',
        voided: new RegExp(
          String.raw`voided: payment date corrected from 01/01/2020 to ${DAY}/${MONTH}/${YEAR}, transfer due by \d{2}/\d{2}/\d{4} instead of 13/01/2020: Клиент оплатил`,
        ),
        said: new RegExp(
          String.raw`Client payment date corrected from 01/01/2020 to ${DAY}/${MONTH}/${YEAR}\. Transfer due by \d{2}/\d{2}/\d{4} instead of 13/01/2020\. The violation of clause 1\.6 of the Rules is void; the partner's discount is 30\s?%\.`,
        ),
      },
    )
    // The client's paid sublicenses on the partner's English card: the program file's English name, no Russian word (AT-4.2).
    const card = await openCard('alpha')
    const paid = card.locator('section').filter({ has: card.getByRole('heading', { name: 'Paid sublicenses', exact: true }) })
    await paid.getByText('Sublicence «ATRealt for amoCRM», 1 month').waitFor()
    const words = PROPER_NAMES.reduce<string>((rest, name) => rest.replaceAll(name, ' '), (await paid.textContent()) ?? '')
    expect(words.match(/[А-Яа-яЁё]+/g) ?? [], 'Russian words in English').toEqual([])
  })
})
