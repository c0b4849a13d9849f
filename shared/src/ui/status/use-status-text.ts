import { createContext } from 'preact'
import { useContext } from 'preact/hooks'
import type { TProgramResponse } from '../../contract'
import { interpolate } from '../../i18n/error-message'
import type { StatusMessageKey, StatusMessages } from '../../i18n/status-ru'
import { useI18n } from '../context'
import { statusIn } from '../name-in'

type Vars = Record<string, string | number>

/** The status screens' dictionary, handed over by whoever loaded the screens. */
export const StatusWords = createContext<StatusMessages | null>(null)

/** The program's statuses, with the English names its file gives, handed over with the words. */
export const StatusNames = createContext<TProgramResponse['statuses']>([])

/** The status screens' words in the CRM's language, with the shared formatters beside them. */
export const useStatusText = () => {
  const i18n = useI18n()
  const messages = useContext(StatusWords)
  const statuses = useContext(StatusNames)
  if (!messages) throw new Error('A status screen was rendered without its words')
  return {
    i18n,
    t: (key: StatusMessageKey, vars: Vars = {}) => interpolate(messages[key], vars),
    /** A requirement, privilege or source id in words; an id this version does not know shows as is. */
    label: (group: 'req' | 'privilege' | 'source', id: string) => messages[`${group}.${id}` as StatusMessageKey] ?? id,
    /** A status id by the program's name for it in the user's language (an unknown id as sent, or as is). */
    status: (id: string, sent = id) => statusIn(i18n.locale, statuses, id, sent),
  }
}

export type StatusText = ReturnType<typeof useStatusText>
