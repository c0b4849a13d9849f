import type { Locale } from './locale'
import type { Messages } from './ru'

/**
 * `loadMessages` for the amoCRM widget: its dictionary comes with the widget's i18n files
 * (`CrmHost.messages`), so script.js carries none. Reaching this means the archive lacks them.
 */
export const loadMessages = (locale: Locale): Promise<Messages> => Promise.reject(new Error(`The widget's i18n/${locale}.json has no "ui" dictionary`))
