import { useEffect, useState } from 'preact/hooks'
import { interpolate } from '../../i18n/error-message'
import type { Locale } from '../../i18n/locale'
import { useI18n } from '../context'

/**
 * A hook for a part's own dictionary, fetched in the language in use with the first part that
 * needs it and kept, so the next part does not wait again; the hook answers null until the words
 * are here, and the part waits for them.
 */
export const lazyWords = <M extends Record<string, string>>(load: (locale: Locale) => Promise<M>) => {
  let loaded: { locale: Locale; messages: M } | null = null
  return () => {
    const i18n = useI18n()
    const [messages, setMessages] = useState(loaded?.locale === i18n.locale ? loaded.messages : null)
    useEffect(() => {
      if (messages) return
      let isMounted = true
      void load(i18n.locale).then((words) => {
        loaded = { locale: i18n.locale, messages: words }
        if (isMounted) setMessages(words)
      })
      return () => {
        isMounted = false
      }
    }, [i18n.locale, messages])
    return messages && { i18n, t: (key: keyof M & string, vars: Record<string, string | number> = {}) => interpolate(messages[key], vars) }
  }
}
