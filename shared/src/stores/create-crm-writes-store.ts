import { createStore } from 'zustand/vanilla'
import type { CrmWritesClient } from '../client/create-crm-writes-client'
import type { RelayError } from '../client/relay-error'
import { toRelayError } from '../client/to-relay-error'
import type { TCrmWriteSettings, TCrmWriteSettingsResponse } from '../contract/crm-writes'
import type { CrmHost } from '../host/crm-host'
import { createAttemptKeys } from './attempt-keys'

export type CrmWritesState = {
  loaded: TCrmWriteSettingsResponse | null
  /** The form's values: what was loaded, then what the user changed. */
  draft: TCrmWriteSettings | null
  isSaving: boolean
  isSaved: boolean
  isConnecting: boolean
  error: RelayError | null
  load: () => Promise<void>
  change: (patch: Partial<TCrmWriteSettings>) => void
  save: () => Promise<boolean>
  /** Grants the relay access to this CRM: the CRM's tokens handed over, or its consent window opened. */
  connect: () => Promise<void>
}

/**
 * What the relay writes into this CRM and whether it may (issue 12). A save is one attempt with
 * one key, so a double press writes once.
 */
export const createCrmWritesStore = ({ client, host }: { client: CrmWritesClient; host: CrmHost }) => {
  const keys = createAttemptKeys()
  return createStore<CrmWritesState>()((set, get) => ({
    loaded: null,
    draft: null,
    isSaving: false,
    isSaved: false,
    isConnecting: false,
    error: null,

    load: async () => {
      try {
        const loaded = await client.settings()
        set({ loaded, draft: loaded.settings, error: null })
      } catch (caught) {
        set({ error: toRelayError(caught) })
      }
    },

    change: (patch) => {
      const { draft } = get()
      if (draft) set({ draft: { ...draft, ...patch }, isSaved: false })
    },

    save: async () => {
      const { draft, isSaving } = get()
      if (!draft || isSaving) return false
      set({ isSaving: true, error: null })
      const attempt = JSON.stringify(draft)
      try {
        const loaded = await client.save(draft, { idempotencyKey: keys.keyFor(attempt) })
        keys.settle(attempt)
        set({ loaded, draft: loaded.settings, isSaving: false, isSaved: true })
        return true
      } catch (caught) {
        const error = toRelayError(caught)
        keys.settle(attempt, error)
        set({ isSaving: false, error })
        return false
      }
    },

    connect: async () => {
      set({ isConnecting: true, error: null })
      try {
        if (host.readCrmTokens) {
          await client.handOverBitrix24Tokens(await host.readCrmTokens())
        } else {
          const { url } = await client.startAmocrmAuthorisation()
          if (host.openConsent) host.openConsent(url)
          else window.open(url, 'partner-relay-consent', 'width=750,height=580')
        }
        set({ isConnecting: false })
        await get().load()
      } catch (caught) {
        set({ isConnecting: false, error: toRelayError(caught) })
      }
    },
  }))
}

export type CrmWritesStore = ReturnType<typeof createCrmWritesStore>
