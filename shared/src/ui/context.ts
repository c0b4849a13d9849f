import { createContext } from 'preact'
import { useContext } from 'preact/hooks'
import type { RelayClient } from '../client/create-relay-client'
import type { LiveUpdates } from '../client/live-updates'
import type { CrmHost } from '../host/crm-host'
import type { I18n } from '../i18n/create-i18n'

/** `live`: the mounted widget's stream of changes, on the screens that show records (card, overview). */
export type UiContext = { i18n: I18n; host: CrmHost; client: RelayClient; live?: LiveUpdates }

export const Ui = createContext<UiContext | null>(null)

export const useUi = (): UiContext => {
  const context = useContext(Ui)
  if (!context) throw new Error('A screen was rendered outside its mount')
  return context
}

export const useI18n = () => useUi().i18n
