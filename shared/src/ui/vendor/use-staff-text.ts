import { useEffect, useState } from 'preact/hooks'
import { interpolate } from '../../i18n/error-message'
import { loadStaffMessages } from '../../i18n/load-staff-messages'
import type { Locale } from '../../i18n/locale'
import type { StaffMessageKey, StaffMessages } from '../../i18n/staff-ru'
import { useI18n } from '../context'

/** The dictionary once loaded, so each part that needs it does not wait again. */
let loaded: { locale: Locale; messages: StaffMessages } | null = null

/**
 * The staff marks' words in the CRM's language (AG-1.3, AT-3.2, AT-4.1, AT-4.4), fetched with the
 * first part that needs them; null until they are here, and the part waits for them.
 */
export const useStaffText = () => {
  const i18n = useI18n()
  const [messages, setMessages] = useState(loaded?.locale === i18n.locale ? loaded.messages : null)
  useEffect(() => {
    if (messages) return
    let isMounted = true
    void loadStaffMessages(i18n.locale).then((words) => {
      loaded = { locale: i18n.locale, messages: words }
      if (isMounted) setMessages(words)
    })
    return () => {
      isMounted = false
    }
  }, [i18n.locale, messages])
  return messages && { i18n, t: (key: StaffMessageKey, vars: Record<string, string | number> = {}) => interpolate(messages[key], vars) }
}

export type StaffText = NonNullable<ReturnType<typeof useStaffText>>
