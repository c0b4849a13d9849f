import { createContext } from 'preact'
import { useContext } from 'preact/hooks'
import type { TProgramResponse } from '../../contract'
import { interpolate } from '../../i18n/error-message'
import type { StatusMessageKey, StatusMessages } from '../../i18n/status-ru'
import { useI18n } from '../context'

type Vars = Record<string, string | number>

/** The status screens' dictionary, handed over by whoever loaded the screens. */
export const StatusWords = createContext<StatusMessages | null>(null)

/** The status screens' words in the CRM's language, with the shared formatters beside them. */
export const useStatusText = () => {
  const i18n = useI18n()
  const messages = useContext(StatusWords)
  if (!messages) throw new Error('A status screen was rendered without its words')
  return {
    i18n,
    t: (key: StatusMessageKey, vars: Vars = {}) => interpolate(messages[key], vars),
    /** A requirement, privilege or source id in words; an id this version does not know shows as is. */
    label: (group: 'req' | 'privilege' | 'source', id: string) => messages[`${group}.${id}` as StatusMessageKey] ?? id,
  }
}

export type StatusText = ReturnType<typeof useStatusText>

/** A status id by the program's name for it (the relay names most statuses itself). */
export const statusNameOf = (program: TProgramResponse, id: string) => program.statuses.find((status) => status.id === id)?.name ?? id
