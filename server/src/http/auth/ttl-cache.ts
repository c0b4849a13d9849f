type Entry<V> = { value: V; expiresAt: number }

export type TtlCache<V> = {
  get(key: string): V | undefined
  /** `ttlMs` shortens this entry's life below the cache's own. */
  set(key: string, value: V, ttlMs?: number): void
  delete(key: string): void
  readonly size: number
}

/**
 * A bounded in-memory map whose entries expire. A Map iterates in insertion order, and `set`
 * re-inserts, so the first key is always the oldest one: that is the one evicted when full.
 */
export const createTtlCache = <V>(options: { ttlMs: number; maxEntries: number; now: () => number }): TtlCache<V> => {
  const { ttlMs, maxEntries, now } = options
  const entries = new Map<string, Entry<V>>()
  return {
    get(key) {
      const entry = entries.get(key)
      if (!entry) return undefined
      if (entry.expiresAt > now()) return entry.value
      entries.delete(key)
      return undefined
    },
    set(key, value, entryTtlMs = ttlMs) {
      entries.delete(key)
      entries.set(key, { value, expiresAt: now() + Math.min(ttlMs, entryTtlMs) })
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string)
    },
    delete(key) {
      entries.delete(key)
    },
    get size() {
      return entries.size
    },
  }
}
