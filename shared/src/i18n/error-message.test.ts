import { expect, test } from 'vitest'
import { ERROR_CODES } from '../contract'
import { en } from './en'
import { errorMessage, fieldError } from './error-message'
import type { MessageKey } from './ru'
import { ru } from './ru'
import { ruleRef } from './rule-ref'

test.each([
  {
    label: 'a pin conflict names clause 1.2 even when the relay names no rule',
    code: 'pin_conflict',
    rule: undefined,
    text: 'Клиент закреплён за другим партнёром или ждёт решения по заявке — п. 1.2 Правил',
  },
  {
    label: 'a sub-clause reads as its clause (AT-1.2a → 1.2)',
    code: 'pin_conflict',
    rule: 'AT-1.2a',
    text: 'Клиент закреплён за другим партнёром или ждёт решения по заявке — п. 1.2 Правил',
  },
  { label: "the relay's rule wins over the default", code: 'partner_expelled', rule: 'AG-1.5', text: 'Партнёр исключён из программы — п. 1.5 Программы' },
  {
    label: 'a cross-cutting rule has no clause in the Rules',
    code: 'idempotency_conflict',
    rule: 'X-6',
    text: 'Этот запрос уже отправлялся с другими данными. Обновите страницу и повторите',
  },
  { label: 'an unknown code still reads as words', code: 'teapot', rule: undefined, text: 'Что-то пошло не так. Попробуйте ещё раз' },
])('$label', ({ code, rule, text }) => {
  expect(errorMessage(ru, { code, rule })).toBe(text)
})

test('a validation failure lists the fields to check', () => {
  const details = [{ path: ['inn'] }, { path: ['lines', 0, 'months'] }, { path: ['inn'] }]
  expect(errorMessage(ru, { code: 'invalid_request', details })).toBe('Проверьте поля: ИНН, месяцев')
  expect(errorMessage(en, { code: 'invalid_request', details })).toBe('Check these fields: INN, months')
})

test("the relay's validation failure names its fields too: dotted paths, list positions skipped", () => {
  const details = {
    fields: [
      { path: 'lines.0.months', message: 'Too small' },
      { path: 'inn', message: 'Invalid' },
      { path: 'lines.1.months', message: 'Too small' },
    ],
  }
  expect(errorMessage(ru, { code: 'invalid_request', details })).toBe('Проверьте поля: месяцев, ИНН')
  expect(errorMessage(en, { code: 'invalid_request', details, rule: 'AT-3.3' })).toBe('Check these fields: months, INN — clause 3.3 of the Rules')
})

test("a record's key is no field name: the field that holds the record is named (browser check and relay alike)", () => {
  const messages = { ...ru, ['field.thresholds' as MessageKey]: 'порог объёма' }
  expect(errorMessage(messages, { code: 'invalid_request', details: [{ path: ['thresholds', 'silver'] }] })).toBe('Проверьте поля: порог объёма')
  expect(errorMessage(messages, { code: 'invalid_request', details: { fields: [{ path: 'thresholds.silver' }] } })).toBe('Проверьте поля: порог объёма')
  // A name no dictionary knows still shows, by the last name of its path.
  expect(errorMessage(ru, { code: 'invalid_request', details: { fields: [{ path: 'thresholds.silver' }] } })).toBe('Проверьте поля: silver')
})

test('English names the clause the English way', () => {
  expect(errorMessage(en, { code: 'not_pinned' })).toBe('The client is not pinned to you, so no invoice can be made — clause 1.2 of the Rules')
})

test.each([
  { label: 'Russian', messages: ru },
  { label: 'English', messages: en },
])('every error code of the contract has its own words in $label', ({ messages }) => {
  const missing = ERROR_CODES.filter((code) => !(`error.${code}` in messages))
  expect(missing).toEqual([])
})

test.each([
  { label: 'an ATRealt rule names a clause of the Rules', rule: 'AT-1.6', ru: 'п. 1.6 Правил', en: 'clause 1.6 of the Rules' },
  { label: 'an Agat RT rule names a clause of its Program', rule: 'AG-3.1', ru: 'п. 3.1 Программы', en: 'clause 3.1 of the Program' },
  { label: 'a sub-clause reads as its clause', rule: 'AG-3.3a', ru: 'п. 3.3 Программы', en: 'clause 3.3 of the Program' },
  { label: 'an id with no clause in the document has no reference', rule: 'X-2', ru: null, en: null },
  { label: 'the requirements table has no clause number', rule: 'AG-REQ', ru: null, en: null },
])('$label', ({ rule, ru: inRussian, en: inEnglish }) => {
  expect(ruleRef(ru, rule)).toBe(inRussian)
  expect(ruleRef(en, rule)).toBe(inEnglish)
})

test.each([
  {
    label: 'letters in the INN',
    details: { fields: [{ path: 'inn', message: 'x', reason: 'inn_length' }] },
    ru: 'ИНН — 10 или 12 цифр',
    en: 'An INN is 10 or 12 digits',
  },
  {
    label: 'a bad INN checksum, as the browser check reports it',
    details: [{ path: ['inn'], params: { reason: 'inn_checksum' } }],
    ru: 'Контрольная сумма ИНН не сходится',
    en: 'The INN check digits do not match',
  },
  {
    label: 'an account number not of the format, with its digit count (AT-1.1)',
    details: { fields: [{ path: 'accountNumber', reason: 'account_number_format', digits: 8 }] },
    rule: 'AT-1.1',
    ru: 'Номер аккаунта — 8 цифр — п. 1.1 Правил',
    en: 'The account number is 8 digits — clause 1.1 of the Rules',
  },
])('AT-1.1: a known reason is said in words instead of the field list: $label', ({ details, rule, ...words }) => {
  expect(errorMessage(ru, { code: 'invalid_request', details, rule })).toBe(words.ru)
  expect(errorMessage(en, { code: 'invalid_request', details, rule })).toBe(words.en)
})

test('AT-1.2a: a pin refused for direct negotiation says so, with the clause of the Rules (1.2 in the Rules document)', () => {
  const refusal = { code: 'pin_conflict', rule: 'AT-1.2a', details: { reason: 'direct-negotiation' } }
  expect(errorMessage(ru, refusal)).toBe('Вендор ведёт переговоры с клиентом напрямую — п. 1.2 Правил')
  expect(errorMessage(en, refusal)).toBe('The vendor negotiates with this client directly — clause 1.2 of the Rules')
})

test('fieldError: the words for the field at fault, none for another field or another error', () => {
  const error = { code: 'invalid_request', details: { fields: [{ path: 'inn', reason: 'inn_checksum' }, { path: 'email' }] } }
  expect(fieldError(ru, error, 'inn')).toBe('Контрольная сумма ИНН не сходится')
  expect(fieldError(ru, error, 'email')).toBe('Проверьте поля: эл. почта')
  expect(fieldError(ru, error, 'name')).toBeNull()
  expect(fieldError(ru, { code: 'pin_conflict', details: { reason: 'direct-negotiation' } }, 'inn')).toBeNull()
  expect(fieldError(ru, null, 'inn')).toBeNull()
})
