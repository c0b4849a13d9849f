import type { LedgerMessages } from './ledger-ru'
import type { Locale } from './locale'

/** The ledger statement's words in the language in use only: the other dictionary stays out of the page. */
export const loadLedgerMessages = (locale: Locale): Promise<LedgerMessages> =>
  locale === 'en' ? import('./ledger-en').then((module) => module.ledgerEn) : import('./ledger-ru').then((module) => module.ledgerRu)
