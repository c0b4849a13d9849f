import type { I18n } from '../../i18n/create-i18n'

/**
 * How many and for how long, as a sentence reads it: «3 сублицензии на 12 месяцев», "3 sublicenses for
 * 12 months"; a product sold once is counted in pieces.
 */
export const lineTerms = (i18n: I18n, line: { quantity: number; months: number | null }) =>
  line.months === null
    ? i18n.t('sublicense.termsOnce', { quantity: i18n.count(line.quantity) })
    : i18n.t('sublicense.terms', {
        quantity: i18n.count(line.quantity),
        sublicenses: i18n.plural(line.quantity, 'sublicenses'),
        months: line.months,
        months_word: i18n.plural(line.months, 'months'),
      })
