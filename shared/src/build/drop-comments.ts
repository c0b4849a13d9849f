import type { Plugin } from 'vite'
import { isLibrary } from './minify-libraries'

/** `@__PURE__` marks (tree-shaking is over) and whole-line comments: the few esbuild keeps. */
const dropFrom = (code: string) =>
  code
    .replaceAll('/* @__PURE__ */ ', '')
    .replace(/^[ \t]*\/\*\*?[^\n]*?\*\/[ \t]*\n/gm, '')
    .replace(/^[ \t]*\/\/[^\n]*\n/gm, '')

/** The AST without positions, to prove that only comments went. */
const shape = (node: unknown): unknown => {
  if (Array.isArray(node)) return node.map(shape)
  if (!node || typeof node !== 'object') return node
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => !['start', 'end', '_rollupAnnotations'].includes(key))
      .map(([key, value]) => [key, shape(value)]),
  )
}

/**
 * Our modules ship readable, as written, but without comments: esbuild already drops nearly all of
 * them, and the `@__PURE__` marks are spent once the bundle is shaken. What it keeps (doc comments
 * on object properties, the marks on JSX calls) costs a kilobyte of gzip in a bundle with a hard
 * budget. Each module is parsed before and after; the build stops if anything but comments changed.
 */
export const dropComments = (): Plugin => ({
  name: 'drop-comments',
  renderChunk(code, chunk) {
    let out = code
    for (const [id, module] of Object.entries(chunk.modules)) {
      if (isLibrary(id) || !module.code) continue
      const dropped = dropFrom(module.code)
      if (dropped === module.code) continue
      if (JSON.stringify(shape(this.parse(dropped))) !== JSON.stringify(shape(this.parse(module.code)))) {
        this.error(`dropping comments would change the code of ${id}`)
      }
      out = out.replace(module.code, () => dropped)
    }
    return { code: out, map: null }
  },
})
