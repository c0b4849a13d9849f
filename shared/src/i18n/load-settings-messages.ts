import type { Locale } from './locale'
import type { SettingsMessages } from './settings-ru'

/** The settings screen's words in the language in use only: the other dictionary stays out of the page. */
export const loadSettingsMessages = (locale: Locale): Promise<SettingsMessages> =>
  locale === 'en' ? import('./settings-en').then((module) => module.settingsEn) : import('./settings-ru').then((module) => module.settingsRu)
