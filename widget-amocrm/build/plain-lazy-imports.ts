import type { Plugin } from 'vite'

const PRELOAD_HELPER = '\0vite/preload-helper.js'

/**
 * Vite wraps every dynamic import in a helper that first adds `<link rel=modulepreload>` tags for
 * the imported chunk's dependencies. With `modulePreload: false` those lists are always empty, so
 * the helper only defers the import by a tick and re-throws its failure; requirejs already fetches
 * a lazy part's dependencies itself. Replacing it with the bare call keeps about a kilobyte of
 * never-run preload code out of the core chunk every page loads. A failed lazy load still rejects,
 * and the lazy parts show their own retry for it.
 */
export const plainLazyImports = (): Plugin => ({
  name: 'plain-lazy-imports',
  enforce: 'pre',
  load(id) {
    if (id !== PRELOAD_HELPER) return null
    return 'export const __vitePreload = (baseModule) => baseModule()'
  },
})
