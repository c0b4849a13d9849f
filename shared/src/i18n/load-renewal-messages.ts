import type { Locale } from './locale'
import type { RenewalMessages } from './renewals-ru'

/** The renewals list's words in the language in use only: the other dictionary stays out of the page. */
export const loadRenewalMessages = (locale: Locale): Promise<RenewalMessages> =>
  locale === 'en' ? import('./renewals-en').then((module) => module.renewalsEn) : import('./renewals-ru').then((module) => module.renewalsRu)
