import type { LiveListener, LiveOptions, LiveUpdates } from './live-updates'

/**
 * The live-updates stream, its code fetched once the screen is mounted: it stays out of the page's
 * first download (the amoCRM budget), and no screen waits for a stream opened a moment later.
 * Listeners added meanwhile are kept and hear every change once it is open.
 */
export const openLiveUpdatesLater = (options: LiveOptions): LiveUpdates => {
  const listeners = new Set<LiveListener>()
  let isClosed = false
  let stream: LiveUpdates | undefined
  void import('./live-updates').then(({ openLiveUpdates }) => {
    if (isClosed) return
    stream = openLiveUpdates(options)
    stream.onChange((event) => {
      for (const listener of listeners) listener(event)
    })
  })
  return {
    onChange: (listener) => {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    close: () => {
      isClosed = true
      stream?.close()
    },
  }
}
