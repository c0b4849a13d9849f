import type { Locale } from './locale'
import type { StaffMessages } from './staff-ru'

/** The staff marks' words in the language in use only: the other dictionary stays out of the page. */
export const loadStaffMessages = (locale: Locale): Promise<StaffMessages> =>
  locale === 'en' ? import('./staff-en').then((module) => module.staffEn) : import('./staff-ru').then((module) => module.staffRu)
