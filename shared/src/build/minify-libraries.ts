import { createHash } from 'node:crypto'
import { type Plugin, transformWithEsbuild } from 'vite'

/** A module from node_modules, as opposed to ours. (Vite's preload helper is not one: Vite fills in its constants after renderChunk.) */
export const isLibrary = (id: string) => /[\\/]node_modules[\\/]/.test(id)
/** Names the minified code it stands for, so the chunk's content hash changes with the library. */
const placeholder = (index: number, code: string) => `__minifiedLibrary${index}_${createHash('sha256').update(code).digest('hex').slice(0, 16)}__;`
const PLACEHOLDER = /^[ \t]*__minifiedLibrary(\d+)_[0-9a-f]+__;$/gm

/**
 * Minifies the library modules of an unminified bundle and leaves ours as written (marketplace
 * moderation wants our code readable, and lets libraries ship minified).
 *
 * It works on each library module as rendered into the chunk, after tree-shaking: minifying on the
 * way in would strip the `@__PURE__` marks Rollup shakes by, and keep most of zod and axios. A
 * script's top-level names survive esbuild's minifier, so the modules still link. Vite then
 * reprints the whole chunk for the build target, which would undo the minification: the minified
 * modules wait behind placeholders and go back in afterwards.
 */
export const minifyLibraries = (): Plugin => {
  let target: string | string[] | false = 'es2022'
  const minified: string[] = []
  return {
    name: 'minify-libraries',
    configResolved(config) {
      target = config.build.target
    },
    buildStart() {
      minified.length = 0
    },
    async renderChunk(code, chunk) {
      let out = ''
      let from = 0
      for (const [id, module] of Object.entries(chunk.modules)) {
        if (!isLibrary(id) || !module.code) continue
        const at = code.indexOf(module.code, from)
        if (at < 0) this.error(`the rendered code of ${id} is not in ${chunk.fileName}`)
        const result = await transformWithEsbuild(module.code, id, {
          loader: 'js',
          minify: true,
          legalComments: 'none',
          sourcemap: false,
          ...(target ? { target } : {}),
        })
        const minifiedCode = result.code.trimEnd()
        out += code.slice(from, at) + placeholder(minified.push(minifiedCode) - 1, minifiedCode)
        from = at + module.code.length
      }
      return { code: out + code.slice(from), map: null }
    },
    // After every renderChunk, Vite's reprint included.
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue
        chunk.code = chunk.code.replace(PLACEHOLDER, (_line, index: string) => minified[Number(index)])
        if (chunk.code.includes('__minifiedLibrary')) this.error(`a minified library lost its place in ${chunk.fileName}`)
      }
    },
  }
}
