import { createStore } from 'zustand/vanilla'
import type { NoticeClient } from '../client/create-notice-client'
import type { RelayError } from '../client/relay-error'
import { toRelayError } from '../client/to-relay-error'
import type { TNotice } from '../contract/notices'

export type NoticesState = {
  phase: 'idle' | 'loading' | 'ready' | 'failed'
  notices: TNotice[]
  unread: number
  error: RelayError | null
  /** 'read:<id>' or 'read:all' while it is sent. */
  busy: string | null
  load: () => Promise<void>
  /** Marks one notice read, or all of them with no id; the list shows it read at once the relay agrees. */
  markRead: (id?: string) => Promise<boolean>
}

/** The caller's notices, newest first, with the unread count; marking read is one request at a time. */
export const createNoticesStore = ({ client, now = () => new Date() }: { client: NoticeClient; now?: () => Date }) =>
  createStore<NoticesState>()((set, get) => ({
    phase: 'idle',
    notices: [],
    unread: 0,
    error: null,
    busy: null,
    load: async () => {
      set({ phase: 'loading', error: null })
      try {
        const { notices, unread } = await client.list()
        set({ phase: 'ready', notices, unread })
      } catch (caught) {
        set({ phase: 'failed', error: toRelayError(caught) })
      }
    },
    markRead: async (id) => {
      if (get().busy) return false
      set({ busy: `read:${id ?? 'all'}`, error: null })
      try {
        const { unread } = await client.markRead(id ? { ids: [id] } : { all: true })
        const at = now().toISOString()
        set({ unread, notices: get().notices.map((notice) => (notice.readAt || (id && notice.id !== id) ? notice : { ...notice, readAt: at })) })
        return true
      } catch (caught) {
        set({ error: toRelayError(caught) })
        return false
      } finally {
        set({ busy: null })
      }
    },
  }))

export type NoticesStore = ReturnType<typeof createNoticesStore>
