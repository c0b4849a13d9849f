import type { CrmWritesMessages } from './crm-writes-ru'
import type { Locale } from './locale'

/** The CRM writes part's words in the language in use only: the other dictionary stays out of the page. */
export const loadCrmWritesMessages = (locale: Locale): Promise<CrmWritesMessages> =>
  locale === 'en' ? import('./crm-writes-en').then((module) => module.crmWritesEn) : import('./crm-writes-ru').then((module) => module.crmWritesRu)
