import type { DirectoryMessages } from './directory-ru'
import type { Locale } from './locale'

/** The partner directory's words in the language in use only: the other dictionary stays out of the page. */
export const loadDirectoryMessages = (locale: Locale): Promise<DirectoryMessages> =>
  locale === 'en' ? import('./directory-en').then((module) => module.directoryEn) : import('./directory-ru').then((module) => module.directoryRu)
