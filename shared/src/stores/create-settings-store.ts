import { createStore } from 'zustand/vanilla'
import type { RelayClient } from '../client/create-relay-client'
import { isNotLinked, RelayError } from '../client/relay-error'
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
  /** The form's own Save (Bitrix24): stores the values, then links with the code if one is typed. */
  save: () => Promise<boolean>
  /**
   * The CRM's own Save is about to store the values (amoCRM): links with the code if one is typed.
   * True when the CRM may go on (nothing to link, or linked); false keeps the code and the reason.
   */
  confirmCrmSave: () => Promise<boolean>
  linkInstallation: () => Promise<boolean>
  checkLink: () => Promise<void>
}

type SettingsStoreOptions = {
  client: RelayClient
  host: CrmHost
  /** Called once a code has linked this CRM account, with whom it is linked to now. */
  onLinked?: (me: TMeResponse) => void
}

/** "This CRM account is not linked yet" rather than a failure; a relay without /v1/me answers 404. */
const isUnlinked = (error: RelayError) => isNotLinked(error) || error.code === 'not_found'

/** The relay answers an unknown code with a bare `not_found`: in the settings that is a mistyped code. */
const linkError = (caught: unknown) => {
  const error = toRelayError(caught)
  return error.code === 'not_found' ? new RelayError('code_unknown', error.message) : error
}

/** The settings form: where the relay is, which card field holds the account number, and linking by code. */
export const createSettingsStore = ({ client, host, onLinked }: SettingsStoreOptions) => {
  // A second press while a code is on its way waits for the same answer instead of sending it again.
  let linking: Promise<boolean> | null = null

  return createStore<SettingsState>()((set, get) => {
    const link = async (): Promise<boolean> => {
      set({ isLinking: true, error: null })
      try {
        const { relayUrl } = get().values
        if (!relayUrl.trim()) throw new RelayError('not_configured', 'The relay URL is not set')
        // The code is checked by the relay the user just typed in, so that address is used even before Save.
        if (host.settings.get().relayUrl !== relayUrl) await host.settings.set({ relayUrl })
        await client.linkInstallation({ code: get().code.trim() })
      } catch (caught) {
        set({ isLinking: false, error: linkError(caught) })
        return false
      }
      set({ isLinking: false, code: '' })
      await get().checkLink()
      const { me } = get()
      if (me) onLinked?.(me)
      return true
    }

    return {
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
        } catch (caught) {
          set({ isSaving: false, error: toRelayError(caught) })
          return false
        }
        if (get().code.trim()) return get().linkInstallation()
        await get().checkLink()
        return true
      },

      confirmCrmSave: async () => (get().code.trim() ? get().linkInstallation() : true),

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

      linkInstallation: () => {
        linking ??= link().finally(() => {
          linking = null
        })
        return linking
      },
    }
  })
}

export type SettingsStore = ReturnType<typeof createSettingsStore>
