import { describe, expect, test } from 'vitest'
import { createI18n } from '../../i18n/create-i18n'
import { en } from '../../i18n/en'
import { ru } from '../../i18n/ru'
import { lineTerms } from './line-terms'

describe('lineTerms — how many for how long, as a sentence reads it', () => {
  test.each([
    { quantity: 1, months: 1, ru: '1 сублицензия на 1 месяц', en: '1 sublicense for 1 month' },
    { quantity: 3, months: 12, ru: '3 сублицензии на 12 месяцев', en: '3 sublicenses for 12 months' },
    { quantity: 5, months: 24, ru: '5 сублицензий на 24 месяца', en: '5 sublicenses for 24 months' },
    { quantity: 1000, months: 36, ru: '1 000 сублицензий на 36 месяцев', en: '1,000 sublicenses for 36 months' },
    { quantity: 2, months: null, ru: '2 шт.', en: '2 pcs' },
  ])('$quantity × $months', ({ quantity, months, ru: inRussian, en: inEnglish }) => {
    expect(lineTerms(createI18n('ru', ru), { quantity, months }).replace(/\s/g, ' ')).toBe(inRussian)
    expect(lineTerms(createI18n('en', en), { quantity, months })).toBe(inEnglish)
  })
})
