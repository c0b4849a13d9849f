import type { ManualChunkMeta } from 'rollup'

/**
 * Rollup's `manualChunks` for the screen files: whatever two or more screens load statically goes
 * into one `core` chunk. Left to itself Rollup makes a chunk per combination of screens, and every
 * extra file a page loads compresses worse than one. Modules only a lazy part reaches (the status
 * screens) keep Rollup's own placement, so no page downloads them before it needs them.
 */
export const coreChunk = (screens: string[]) => {
  /** The screens whose static imports lead to `id`, walking importers up from it. */
  const screensReaching = (id: string, meta: ManualChunkMeta) => {
    const found = new Set<string>()
    const seen = new Set<string>()
    const walk = (module: string) => {
      if (seen.has(module)) return
      seen.add(module)
      if (screens.includes(module)) found.add(module)
      meta.getModuleInfo(module)?.importers.forEach(walk)
    }
    walk(id)
    return found
  }
  return (id: string, meta: ManualChunkMeta) => (screensReaching(id, meta).size > 1 ? 'core' : undefined)
}
