import type { Locale } from './locale'
import type { Messages } from './ru'

/** Only the language in use is loaded: the other dictionary stays out of the page. */
export const loadMessages = (locale: Locale): Promise<Messages> =>
  locale === 'en' ? import('./en').then((module) => module.en) : import('./ru').then((module) => module.ru)
