import { en } from './en'
import type { Locale } from './locale'
import { ru, type Messages } from './ru'

/**
 * `loadMessages` for a bundle that must stay one file (the amoCRM widget's script.js): both
 * dictionaries inline, same signature, so the screens cannot tell the difference.
 */
export const loadMessages = (locale: Locale): Promise<Messages> => Promise.resolve(locale === 'en' ? en : ru)
