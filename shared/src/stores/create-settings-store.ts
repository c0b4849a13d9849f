import { createStore } from 'zustand/vanilla'
import type { RelayClient } from '../client/create-relay-client'
import { isNotLinked, type RelayError } from '../client/relay-error'
import { toRelayError } from '../client/to-relay-error'
import type { TMeResponse } from '../contract'
import type { CrmHost, HostSettings } from '../host/crm-host'

export type LinkStatus = 'checking' | 'linked' | 'unlinked' | 'failed'

export type SettingsState = {
  values: HostSettings
  code: string
  link: LinkStatus
  me: TMeResponse | null
  isLinking: boolean
  isSaving: boolean
  isSaved: boolean
  error: RelayError | null
  setValue: (name: keyof HostSettings, value: string) => void
  setCode: (code: string) => void
  save: () => Promise<boolean>
  linkInstallation: () => Promise<boolean>
  checkLink: () => Promise<void>
}

/** "This CRM account is not linked yet" rather than a failure; a relay without /v1/me answers 404. */
const isUnlinked = (error: RelayError) => isNotLinked(error) || error.code === 'not_found'

/** The settings form: where the relay is, which card field holds the account number, and linking by code. */
export const createSettingsStore = ({ client, host }: { client: RelayClient; host: CrmHost }) =>
  createStore<SettingsState>()((set, get) => ({
    values: host.settings.get(),
    code: '',
    link: 'checking',
    me: null,
    isLinking: false,
    isSaving: false,
    isSaved: false,
    error: null,

    setValue: (name, value) => {
      set({ values: { ...get().values, [name]: value }, isSaved: false })
      // amoCRM saves with its own button: stage every change in its form at once.
      if (host.settings.savedByCrm) void host.settings.set({ [name]: value })
    },

    setCode: (code) => set({ code }),

    save: async () => {
      set({ isSaving: true, error: null })
      try {
        await host.settings.set(get().values)
        set({ isSaving: false, isSaved: true })
        await get().checkLink()
        return true
      } catch (caught) {
        set({ isSaving: false, error: toRelayError(caught) })
        return false
      }
    },

    checkLink: async () => {
      if (!get().values.relayUrl.trim()) {
        set({ link: 'unlinked', me: null })
        return
      }
      set({ link: 'checking' })
      try {
        set({ me: await client.me(), link: 'linked', error: null })
      } catch (caught) {
        const error = toRelayError(caught)
        set({ me: null, link: isUnlinked(error) ? 'unlinked' : 'failed', error: isUnlinked(error) ? null : error })
      }
    },

    linkInstallation: async () => {
      if (get().isLinking) return false
      set({ isLinking: true, error: null })
      try {
        // The code is checked by the relay the user just typed in, so that address is used even before Save.
        if (host.settings.get().relayUrl !== get().values.relayUrl) await host.settings.set({ relayUrl: get().values.relayUrl })
        await client.linkInstallation({ code: get().code.trim() })
        set({ isLinking: false, code: '' })
        await get().checkLink()
        return true
      } catch (caught) {
        set({ isLinking: false, error: toRelayError(caught) })
        return false
      }
    },
  }))

export type SettingsStore = ReturnType<typeof createSettingsStore>
