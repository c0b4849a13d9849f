import { createStore } from 'zustand/vanilla'
import type { StatusClient } from '../client/create-status-client'
import type { RelayError } from '../client/relay-error'
import { toRelayError } from '../client/to-relay-error'
import type { TPartnerStatusResponse } from '../contract/statuses'
import type { CrmHost } from '../host/crm-host'
import { createAttemptKeys } from './attempt-keys'
import { type ActionSlice, runAction } from './run-action'
import { saveFile } from './save-file'

export type PartnerStatusState = {
  phase: 'loading' | 'ready' | 'failed'
  status: TPartnerStatusResponse | null
  error: RelayError | null
  /** The action in flight: 'apply' or 'certificate'. */
  busy: string | null
  actionError: RelayError | null
  failedAction: string | null
  load: () => Promise<void>
  /** Applies for a status the relay lists in `canApplyFor` (AG-3.3a). */
  applyFor: (status: string, note: string) => Promise<boolean>
  downloadCertificate: (fileName: string) => Promise<boolean>
}

type Options = { client: StatusClient; host: CrmHost; partnerId: string }

/** The partner's own status page (AG-3): what the relay answers, re-read after each action. */
export const createPartnerStatusStore = ({ client, host, partnerId }: Options) => {
  const keys = createAttemptKeys()
  return createStore<PartnerStatusState>()((set, get) => {
    const slice: ActionSlice = { get, set: (patch) => set(patch as Partial<PartnerStatusState>) }
    const reload = async () => {
      try {
        set({ status: await client.partnerStatus(partnerId), phase: 'ready', error: null })
      } catch (caught) {
        set({ phase: 'failed', error: toRelayError(caught) })
      }
    }
    return {
      phase: 'loading',
      status: null,
      error: null,
      busy: null,
      actionError: null,
      failedAction: null,

      load: async () => {
        set({ phase: 'loading', error: null })
        await reload()
      },

      applyFor: (status, note) => {
        const body = { status, note: note.trim() || undefined }
        return runAction({ ...slice, keys, kind: 'apply', attempt: body, after: reload, write: (key) => client.applyForStatus(body, { idempotencyKey: key }) })
      },

      downloadCertificate: async (fileName) => {
        if (get().busy) return false
        set({ busy: 'certificate', actionError: null, failedAction: null })
        try {
          ;(host.saveFile ?? saveFile)(await client.certificate(partnerId), fileName)
          set({ busy: null })
          return true
        } catch (caught) {
          set({ busy: null, actionError: toRelayError(caught), failedAction: 'certificate' })
          return false
        }
      },
    }
  })
}

export type PartnerStatusStore = ReturnType<typeof createPartnerStatusStore>
