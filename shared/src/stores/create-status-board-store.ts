import type { z } from 'zod/mini'
import { createStore } from 'zustand/vanilla'
import type { StatusClient } from '../client/create-status-client'
import type { RelayError } from '../client/relay-error'
import { toRelayError } from '../client/to-relay-error'
import type { TStatusApplication, ZStatusBoardResponse } from '../contract/statuses'
import { createAttemptKeys } from './attempt-keys'
import { type ActionSlice, runAction } from './run-action'

export type TStatusBoard = z.infer<typeof ZStatusBoardResponse>

export type StatusBoardState = {
  phase: 'loading' | 'ready' | 'failed'
  board: TStatusBoard | null
  error: RelayError | null
  /** '<approve|refuse>:<application id>' while it is sent. */
  busy: string | null
  actionError: RelayError | null
  failedAction: string | null
  /** The last application decided here, to say from when the status applies (AG-3.3a). */
  decided: TStatusApplication | null
  load: () => Promise<void>
  approve: (applicationId: string, note: string) => Promise<boolean>
  refuse: (applicationId: string, reason: string) => Promise<boolean>
}

/** What waits for vendor staff about statuses: flagged renewals, applications, scheduled changes. */
export const createStatusBoardStore = ({ client }: { client: StatusClient }) => {
  const keys = createAttemptKeys()
  return createStore<StatusBoardState>()((set, get) => {
    const slice: ActionSlice = { get, set: (patch) => set(patch as Partial<StatusBoardState>) }
    const reload = async () => {
      try {
        set({ board: await client.statusBoard(), phase: 'ready', error: null })
      } catch (caught) {
        set({ phase: 'failed', error: toRelayError(caught) })
      }
    }
    const decide = (kind: 'approve' | 'refuse', id: string, body: object, send: (key: string) => Promise<{ application: TStatusApplication }>) =>
      runAction({ ...slice, keys, kind: `${kind}:${id}`, attempt: body, after: reload, write: async (key) => set({ decided: (await send(key)).application }) })

    return {
      phase: 'loading',
      board: null,
      error: null,
      busy: null,
      actionError: null,
      failedAction: null,
      decided: null,

      load: async () => {
        set({ phase: 'loading', error: null })
        await reload()
      },

      approve: (id, note) => {
        const body = { note: note.trim() || undefined }
        return decide('approve', id, body, (key) => client.approveApplication(id, body, { idempotencyKey: key }))
      },

      refuse: (id, reason) => {
        const body = { reason }
        return decide('refuse', id, body, (key) => client.refuseApplication(id, body, { idempotencyKey: key }))
      },
    }
  })
}

export type StatusBoardStore = ReturnType<typeof createStatusBoardStore>
