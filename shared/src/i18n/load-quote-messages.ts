import type { Locale } from './locale'
import type { QuoteMessages } from './quote-ru'

/** The quote form's words in the language in use only: the other dictionary stays out of the page. */
export const loadQuoteMessages = (locale: Locale): Promise<QuoteMessages> =>
  locale === 'en' ? import('./quote-en').then((module) => module.quoteEn) : import('./quote-ru').then((module) => module.quoteRu)
