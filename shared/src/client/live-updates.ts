import { type TLiveEvent, ZLiveEvent } from '../contract/events'

/** A change the screen may show (`null`: something may have changed, ask again). */
export type LiveListener = (event: TLiveEvent | null) => void

export type LiveUpdates = {
  /** Calls `listener` on each change; answers how to stop. */
  onChange: (listener: LiveListener) => () => void
  /** Closes the stream: the widget's `destroy`. */
  close: () => void
}

export type LiveOptions = {
  /** Takes a one-use ticket through the CRM's authenticated transport. */
  ticket: () => Promise<{ ticket: string; path: string }>
  baseUrl: () => string
  /** The page's EventSource; absent where there is none. */
  EventSource?: typeof EventSource
  /** How often the screens ask again when no stream can be held. */
  pollMs?: number
  /** Failed stream openings in a row before falling back to asking again every `pollMs`. */
  maxFailures?: number
}

/**
 * One live-updates stream per mounted widget (`GET /v1/events`). EventSource cannot send the CRM's
 * token (amoCRM's disposable token is added only by its own ajax; Bitrix24's auth lives in the
 * frame), so each opening takes a one-use ticket through the authenticated transport first; a lost
 * stream is opened again with a new ticket, and the screens ask again since changes may have been
 * missed meanwhile. Where no stream can be held (no EventSource, or one failure after another) the
 * screens are asked to reload every `pollMs` instead.
 */
export const openLiveUpdates = ({
  ticket,
  baseUrl,
  EventSource: Source = globalThis.EventSource,
  pollMs = 5000,
  maxFailures = 3,
}: LiveOptions): LiveUpdates => {
  const listeners = new Set<LiveListener>()
  const tell = (event: TLiveEvent | null) => {
    for (const listener of listeners) listener(event)
  }
  let source: EventSource | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  let poll: ReturnType<typeof setInterval> | undefined
  let failures = 0
  let hasOpened = false
  let isClosed = false

  const startPolling = () => {
    poll ??= setInterval(() => tell(null), pollMs)
  }
  const retry = () => {
    failures += 1
    if (failures >= maxFailures) startPolling()
    else timer = setTimeout(() => void connect(), 1000 * failures)
  }
  const connect = async () => {
    if (isClosed || !Source) return
    try {
      const { ticket: value, path } = await ticket()
      if (isClosed) return
      const next = new Source(`${baseUrl().replace(/\/+$/, '')}${path}?ticket=${encodeURIComponent(value)}`)
      source = next
      next.onopen = () => {
        // Opened again after a loss: what changed meanwhile was not heard.
        if (hasOpened) tell(null)
        hasOpened = true
        failures = 0
      }
      next.addEventListener('change', (message) => {
        const parsed = ZLiveEvent.safeParse(JSON.parse((message as MessageEvent<string>).data))
        if (parsed.success) tell(parsed.data)
      })
      next.onerror = () => {
        // The ticket was used: EventSource's own reconnection would be refused, so open anew.
        next.close()
        if (!isClosed) retry()
      }
    } catch {
      retry()
    }
  }
  if (Source) void connect()
  else startPolling()

  return {
    onChange: (listener) => {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    close: () => {
      isClosed = true
      source?.close()
      clearTimeout(timer)
      clearInterval(poll)
      listeners.clear()
    },
  }
}
