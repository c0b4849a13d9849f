import { describe, expect, test } from 'vitest'
import { createI18n } from '../../i18n/create-i18n'
import { en } from '../../i18n/en'
import { ru } from '../../i18n/ru'
import { dateLimitText, warningText } from './warning-text'

const inRu = createI18n('ru', ru)
const inEn = createI18n('en', en)
const plain = (text: string | null) => text?.replace(/\s/g, ' ')

describe('warningText — what the partner confirms, in words', () => {
  test('a passed deadline names the clause and the day (AT-1.6)', () => {
    const late = { code: 'deadline_passed' as const, rule: 'AT-1.6', paidOn: '2026-01-01', dueOn: '2026-01-14' }
    expect(warningText(inRu, late)).toBe('Срок перевода по п. 1.6 Правил истёк 14.01.2026 — счёт сразу будет просрочен')
    expect(warningText(inRu, late, true)).toBe('Срок перевода по п. 1.6 Правил истёк 14.01.2026 — перевод сразу будет просрочен')
    expect(warningText(inEn, late)).toBe('The transfer deadline under clause 1.6 of the Rules passed on 14/01/2026: the invoice will be overdue at once')
  })

  test("Agat RT's overdue rule reads as its Program's clause (AG-1.5)", () => {
    expect(warningText(inRu, { code: 'deadline_passed', rule: 'AG-1.5', dueOn: '2026-01-20' })).toContain('п. 1.5 Программы')
  })

  test('a large total gives the client price and the threshold as money (AT-5.1)', () => {
    const big = { code: 'large_total' as const, rule: 'AT-5.1', totalKop: 356_400_000_000, thresholdKop: 100_000_000 }
    expect(plain(warningText(inRu, big))).toBe('Цена для клиента 3 564 000 000,00 ₽ больше 1 000 000,00 ₽ — проверьте количество и срок')
  })

  test('a likely duplicate names the earlier invoice (X-6)', () => {
    const twin = { code: 'possible_duplicate' as const, rule: 'X-6', number: '2026-000122', issuedOn: '2026-12-06' }
    expect(warningText(inRu, twin)).toBe('Такой же счёт № 2026-000122 уже выставлен 06.12.2026')
    expect(warningText(inEn, twin)).toBe('The same invoice 2026-000122 was already created on 06/12/2026')
  })
})

describe('dateLimitText — the range the relay sent, in words', () => {
  test.each([
    { message: 'On or before 2026-12-06', ru: 'Дата — не позже 06.12.2026', en: 'The date must be on or before 06/12/2026' },
    { message: '2026-04-28 … 2026-12-06', ru: 'Дата — с 28.04.2026 по 06.12.2026', en: 'The date must be from 28/04/2026 to 06/12/2026' },
    { message: 'Required', ru: null, en: null },
  ])('$message', ({ message, ru: words, en: english }) => {
    const details = { fields: [{ path: 'paidOn', message }] }
    expect(dateLimitText(inRu, details, 'paidOn')).toBe(words)
    expect(dateLimitText(inEn, details, 'paidOn')).toBe(english)
    expect(dateLimitText(inRu, details, 'receivedOn')).toBeNull()
  })
})
