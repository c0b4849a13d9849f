import type { FrameLocator, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { setClientNegotiation } from '../../server/src/store/queries/clients'
import { createLinkCode, createPartner } from './support/admin-api'
import { amoUrl, installAndLink as installAmo, openAmo, widgetColumn } from './support/amocrm-ui'
import { installAndLink as installB24, openCardTab } from './support/bitrix24-ui'
import { AMO_READER_ID, AMO_USER_ID, CLIENTS, PARTNERS } from './support/e2e-world'
import { type Stack, startStack } from './support/start-stack'

let stack: Stack
let amoPage: Page
let b24Page: Page
let betaId: string

beforeAll(async () => {
  stack = await startStack()
  ;[amoPage, b24Page] = [await stack.newPage(), await stack.newPage()]
  const alphaId = await createPartner(stack, PARTNERS.alpha)
  betaId = await createPartner(stack, PARTNERS.beta)
  const linkedText = `Привязано к партнёру «${PARTNERS.alpha.name}»`
  await installAmo(amoPage, { stack, who: 'alpha', code: await createLinkCode(stack, { partnerId: alphaId }), linkedText })
  await installB24(b24Page, { stack, who: 'alpha', code: await createLinkCode(stack, { partnerId: alphaId }), linkedText })
  // Another partner's client the vendor negotiates with directly (AT-1.2a), put in place as the relay stores it.
  const { negotiated } = CLIENTS
  await stack.relay.deps.db
    .insertInto('clients')
    .values({ account_number: negotiated.accountNumber, name: negotiated.name, country: 'RU', is_demo: false, registered_by: betaId })
    .execute()
  await stack.relay.deps.db
    .transaction()
    .execute((trx) => setClientNegotiation(trx, { accountNumber: negotiated.accountNumber, isOpen: true, note: 'Переговоры напрямую' }))
})
afterAll(() => stack?.close())

const clientCount = async () =>
  Number(
    (
      await stack.relay.deps.db
        .selectFrom('clients')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )
const pinCount = async () =>
  Number(
    (
      await stack.relay.deps.db
        .selectFrom('pins')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )

const openAmoCard = async (cardId: number, user = AMO_USER_ID) => {
  await openAmo(amoPage, amoUrl(stack, 'alpha', `/companies/detail/${cardId}`, 'ru').replace(`user=${AMO_USER_ID}`, `user=${user}`))
  return widgetColumn(amoPage)
}

/** A field's error: marked invalid and the message read out with it (aria-describedby). */
const expectFieldError = async (field: Locator, text: string) => {
  await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true')
  const described = await field.evaluate((input) =>
    (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => input.ownerDocument.getElementById(id)?.textContent ?? '')
      .join(' | '),
  )
  expect(described).toContain(text)
}

/** Types a number into the account bar: the program's format is said under the field. */
const typeNumber = async (scope: Locator | FrameLocator, label: string, show: string, value: string) => {
  const field = scope.getByRole('textbox', { name: label, exact: true })
  await field.fill(value)
  await scope.getByRole('button', { name: show, exact: true }).click()
  return field
}

describe('amoCRM, in Russian: errors that say what is wrong (AT-1.1, AT-1.2a)', () => {
  test('«abc» as the account number is refused in words before anything is created (AT-1.1)', async () => {
    const column = await openAmoCard(CLIENTS.amocrmBlank.cardId)
    await column.getByText('В карточке нет номера аккаунта').waitFor()
    const [clients, pins] = [await clientCount(), await pinCount()]
    const field = await typeNumber(column, 'Номер аккаунта', 'Показать', 'abc')
    await expectFieldError(field, 'Номер аккаунта — 8 цифр')
    expect(await field.inputValue()).toBe('abc')
    expect([await clientCount(), await pinCount()]).toEqual([clients, pins])
    expect(CLIENTS.amocrmBlank.accountNumber).toBeNull()
  })

  test('a bad INN says which mistake it is, marks the field and keeps what was typed; a good one registers (AT-1.1)', async () => {
    const column = widgetColumn(amoPage)
    await typeNumber(column, 'Номер аккаунта', 'Показать', '45000001')
    await column.getByText('Клиент не зарегистрирован').waitFor()
    const inn = column.getByRole('textbox', { name: 'ИНН', exact: true })
    const clients = await clientCount()
    for (const [value, words] of [
      ['77ABCD1234', 'ИНН — 10 или 12 цифр'],
      ['123', 'ИНН — 10 или 12 цифр'],
      ['7707083894', 'Контрольная сумма ИНН не сходится'],
    ]) {
      await inn.fill(value)
      await column.getByRole('button', { name: 'Зарегистрировать' }).click()
      await expectFieldError(inn, words)
      expect(await inn.inputValue()).toBe(value)
    }
    expect(await clientCount()).toBe(clients)
    await inn.fill('7707083893')
    await column.getByRole('button', { name: 'Зарегистрировать' }).click()
    await column.getByText('Заявка на рассмотрении').first().waitFor()
    expect(await inn.isVisible()).toBe(false)
  })

  test('the confirmed number is written into the card, and after a reload the card knows it', async () => {
    const column = widgetColumn(amoPage)
    await column.getByText('Номер сохранён в карточке').waitFor()
    expect(CLIENTS.amocrmBlank.accountNumber).toBe('45000001')
    const reloaded = await openAmoCard(CLIENTS.amocrmBlank.cardId)
    await reloaded.getByText('из карточки').waitFor()
    await reloaded.getByText('45000001').first().waitFor()
    await reloaded.getByText('Заявка на рассмотрении').first().waitFor()
  })

  test('a user without the right to edit cards is told the CRM refused the number, and the registration stands', async () => {
    const column = await openAmoCard(CLIENTS.readOnlyBlank.cardId, AMO_READER_ID)
    await typeNumber(column, 'Номер аккаунта', 'Показать', '45000002')
    await column.getByText('Клиент не зарегистрирован').waitFor()
    await column.getByRole('button', { name: 'Зарегистрировать' }).click()
    await column.getByText('CRM не дала записать номер в карточку (нет прав): впишите его сами. Клиент в программе.').waitFor()
    await column.getByText('Заявка на рассмотрении').first().waitFor()
    const client = await stack.relay.deps.db.selectFrom('clients').select('name').where('account_number', '=', '45000002').executeTakeFirst()
    expect(client).toEqual({ name: CLIENTS.readOnlyBlank.name })
    expect(CLIENTS.readOnlyBlank.accountNumber).toBeNull()
  })

  test('a client the vendor negotiates with directly shows the relay\u2019s reason instead of the pin button (AT-1.2a)', async () => {
    const column = await openAmoCard(CLIENTS.negotiated.cardId)
    await column.getByText('Вендор ведёт переговоры с клиентом напрямую — п. 1.2 Правил').waitFor()
    expect(await column.getByRole('button', { name: 'Подать заявку на закрепление' }).count()).toBe(0)
  })
})

describe('Bitrix24, in English: the same refusals in words (AT-1.1, AT-1.2a)', () => {
  test('«abc» is refused in words; a bad INN checksum is said at its field; a good number is registered and written into the card', async () => {
    const frame = await openCardTab(b24Page, stack, 'alpha', CLIENTS.bitrix24Blank.cardId, 'en')
    await frame.getByText('This card has no account number').waitFor()
    const clients = await clientCount()
    const field = await typeNumber(frame.locator('body'), 'Account number', 'Show', 'abc')
    await expectFieldError(field, 'The account number is 8 digits')
    expect(await clientCount()).toBe(clients)

    await typeNumber(frame.locator('body'), 'Account number', 'Show', '46000001')
    await frame.getByText('Client not registered').waitFor()
    const inn = frame.getByRole('textbox', { name: 'INN (tax id)', exact: true })
    await inn.fill('7707083894')
    await frame.getByRole('button', { name: 'Register' }).click()
    await expectFieldError(inn, 'The INN check digits do not match')
    expect(await inn.inputValue()).toBe('7707083894')
    expect(await clientCount()).toBe(clients)

    await inn.fill('')
    await frame.getByRole('button', { name: 'Register' }).click()
    await frame.getByText('The number is saved on the card').waitFor()
    expect(CLIENTS.bitrix24Blank.accountNumber).toBe('46000001')
  })

  test('after a reload the card knows its number', async () => {
    const frame = await openCardTab(b24Page, stack, 'alpha', CLIENTS.bitrix24Blank.cardId, 'en')
    await frame.getByText('from the card').waitFor()
    await frame.getByText('46000001').first().waitFor()
  })

  test('a client the vendor negotiates with directly shows the reason instead of the pin button (AT-1.2a)', async () => {
    const frame = await openCardTab(b24Page, stack, 'alpha', CLIENTS.negotiated.cardId, 'en')
    await frame.getByText('The vendor negotiates with this client directly — clause 1.2 of the Rules').waitFor()
    expect(await frame.getByRole('button', { name: 'Request a pin' }).count()).toBe(0)
  })
})
