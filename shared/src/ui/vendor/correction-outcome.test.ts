import { describe, expect, test } from 'vitest'
import { createI18n } from '../../i18n/create-i18n'
import { en } from '../../i18n/en'
import type { Locale } from '../../i18n/locale'
import { ru } from '../../i18n/ru'
import { staffEn } from '../../i18n/staff-en'
import { staffRu } from '../../i18n/staff-ru'
import { buildInvoice, buildPartner, buildViolation } from '../../testing/fixtures'
import { correctionOutcomeText } from './correction-outcome'

/** A screen's words once the vendor's part has brought the staff's own (corrections among them). */
const withStaffWords = async (locale: Locale) => {
  const i18n = createI18n(locale, locale === 'ru' ? ru : en)
  await i18n.addWords(async (language) => (language === 'ru' ? staffRu : staffEn))
  return i18n
}

const corrected = (overrides: { voided?: boolean; isOverdue?: boolean; discountBps?: number | null } = {}) => ({
  kind: 'clientPaymentCorrected' as const,
  invoice: buildInvoice({ clientPaidOn: '2026-12-01', transferDueOn: '2026-12-04', isOverdue: overrides.isOverdue ?? false }),
  before: { clientPaidOn: '2020-01-01', transferDueOn: '2020-01-13' },
  voidedViolations: overrides.voided === false ? [] : [buildViolation({ voidedAt: '2026-12-06T10:00:00Z' })],
  partner: buildPartner({ currentDiscountBps: overrides.discountBps === undefined ? 2500 : overrides.discountBps }),
})

describe('what a correction changed, in words (AT-1.6, AT-4.1, X-3)', () => {
  test.each([
    {
      label: 'a corrected date that voids the overdue violation names both dates, both deadlines, the rule and the discount after it',
      outcome: corrected(),
      ru: 'Дата оплаты клиентом исправлена с 01.01.2020 на 01.12.2026. Срок перевода — 04.12.2026 вместо 13.01.2020. Нарушение по п. 1.6 Правил аннулировано, скидка партнёра — 25 %.',
      en: "Client payment date corrected from 01/01/2020 to 01/12/2026. Transfer due by 04/12/2026 instead of 13/01/2020. The violation of clause 1.6 of the Rules is void; the partner's discount is 25%.",
    },
    {
      label: 'a corrected date still late says the violation stays',
      outcome: corrected({ voided: false, isOverdue: true }),
      ru: 'Дата оплаты клиентом исправлена с 01.01.2020 на 01.12.2026. Срок перевода — 04.12.2026 вместо 13.01.2020. И по новой дате перевод опоздал: нарушение остаётся.',
      en: 'Client payment date corrected from 01/01/2020 to 01/12/2026. Transfer due by 04/12/2026 instead of 13/01/2020. The transfer is late by the new date too; the violation stays.',
    },
    {
      label: 'a partner without a discount of its own gets no percentage',
      outcome: { kind: 'violationVoided' as const, violation: buildViolation(), partner: buildPartner({ currentDiscountBps: null }) },
      ru: 'Нарушение по п. 1.6 Правил аннулировано.',
      en: 'The violation of clause 1.6 of the Rules is void.',
    },
    {
      label: 'a void invoice keeps its number',
      outcome: { kind: 'invoiceVoided' as const, invoice: buildInvoice({ state: 'void' }) },
      ru: 'Счёт № 2026-000123 аннулирован, номер сохранён.',
      en: 'Invoice No. 2026-000123 is void; its number is kept.',
    },
  ])('$label', async ({ outcome, ru: inRussian, en: inEnglish }) => {
    expect(correctionOutcomeText(await withStaffWords('ru'), outcome).replace(/\u00a0/g, ' ')).toBe(inRussian)
    expect(correctionOutcomeText(await withStaffWords('en'), outcome)).toBe(inEnglish)
  })
})
