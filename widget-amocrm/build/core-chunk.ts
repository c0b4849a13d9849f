import type { ManualChunkMeta } from 'rollup'

/**
 * Rollup's `manualChunks` for the screen files: whatever two or more screens load statically goes
 * into one `core` chunk. Left to itself Rollup makes a chunk per combination of screens, and every
 * extra file a page loads compresses worse than one. Modules only a lazy part reaches (the status
 * screens) keep Rollup's own placement, so no page downloads them before it needs them.
 *
 * `parts` are lazy parts that count as screens of their own (the card's partner part and the
 * vendor staff's part): a module only one part reaches goes into that part's one chunk, and a
 * module two of them (or a part and a screen) reach goes into `core`, so each way of seeing a page
 * loads one file more, not one per combination.
 */
export const coreChunk = (screens: string[], parts: Record<string, string[]> = {}) => {
  const partOf = new Map(Object.entries(parts).flatMap(([name, entries]) => entries.map((entry) => [entry, name] as const)))
  /** The screens and parts whose static imports lead to `id`, walking importers up from it. */
  const reaching = (id: string, meta: ManualChunkMeta) => {
    const found = new Set<string>()
    const seen = new Set<string>()
    const walk = (module: string) => {
      if (seen.has(module)) return
      seen.add(module)
      if (screens.includes(module)) found.add(module)
      const part = partOf.get(module)
      if (part) found.add(`part:${part}`)
      meta.getModuleInfo(module)?.importers.forEach(walk)
    }
    walk(id)
    return [...found]
  }
  return (id: string, meta: ManualChunkMeta) => {
    const found = reaching(id, meta)
    if (found.length > 1) return 'core'
    return found[0]?.startsWith('part:') ? found[0].slice('part:'.length) : undefined
  }
}
