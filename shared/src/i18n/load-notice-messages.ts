import type { Locale } from './locale'
import type { NoticeMessages } from './notices-ru'

/** The notices list's words in the language in use only: the other dictionary stays out of the page. */
export const loadNoticeMessages = (locale: Locale): Promise<NoticeMessages> =>
  locale === 'en' ? import('./notices-en').then((module) => module.noticesEn) : import('./notices-ru').then((module) => module.noticesRu)
