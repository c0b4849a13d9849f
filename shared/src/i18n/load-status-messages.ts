import type { Locale } from './locale'
import type { StatusMessages } from './status-ru'

/** The status screens' words in the language in use only: the other dictionary stays out of the page. */
export const loadStatusMessages = (locale: Locale): Promise<StatusMessages> =>
  locale === 'en' ? import('./status-en').then((module) => module.statusEn) : import('./status-ru').then((module) => module.statusRu)
