import { useEffect, useState } from 'preact/hooks'
import type { DirectoryMessageKey, DirectoryMessages } from '../../i18n/directory-ru'
import { interpolate } from '../../i18n/error-message'
import { loadDirectoryMessages } from '../../i18n/load-directory-messages'
import { useI18n } from '../context'

/** The partner directory's words in the CRM's language (issue 10), fetched with its chunk; null until they are here. */
export const useDirectoryText = () => {
  const i18n = useI18n()
  const [messages, setMessages] = useState<DirectoryMessages | null>(null)
  useEffect(() => {
    let isMounted = true
    void loadDirectoryMessages(i18n.locale).then((words) => isMounted && setMessages(words))
    return () => {
      isMounted = false
    }
  }, [i18n.locale])
  return messages && { i18n, t: (key: DirectoryMessageKey, vars: Record<string, string | number> = {}) => interpolate(messages[key], vars) }
}

export type DirectoryText = NonNullable<ReturnType<typeof useDirectoryText>>
