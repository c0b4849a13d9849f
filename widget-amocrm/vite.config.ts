import { fileURLToPath } from 'node:url'
import { slimZod } from '../shared/src/build/slim-zod'
import { defineConfig, transformWithEsbuild, type Plugin } from 'vite'

/**
 * Marketplace moderation wants our own code readable but lets libraries ship minified: minify each
 * module from node_modules on its way in, and leave the bundle itself unminified.
 */
const minifyLibraries = (): Plugin => ({
  name: 'minify-libraries',
  async transform(code, id) {
    if (!/[\\/]node_modules[\\/].+\.[cm]?js$/.test(id)) return null
    const result = await transformWithEsbuild(code, id, { minify: true, legalComments: 'none', sourcemap: false })
    return { code: result.code, map: null }
  },
})

/**
 * Vite's app build declares AMD's special `require` dependency even when nothing uses it; amoCRM
 * expects `define(['jquery'], …)`, so drop it when the body never mentions `require`.
 */
const plainAmdDependencies = (): Plugin => ({
  name: 'plain-amd-dependencies',
  enforce: 'post',
  generateBundle(_, bundle) {
    const header = /^define\(\["require", ([^\]]*)\], \(function\(require, /
    for (const chunk of Object.values(bundle)) {
      const match = chunk.type === 'chunk' ? header.exec(chunk.code) : null
      if (chunk.type !== 'chunk' || !match || /\brequire\b/.test(chunk.code.slice(match[0].length))) continue
      chunk.code = chunk.code.replace(header, `define([${match[1]}], (function(`)
    }
  },
})

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  logLevel: 'warn',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact', legalComments: 'none' },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  plugins: [slimZod(), minifyLibraries(), plainAmdDependencies()],
  resolve: {
    // requirejs would resolve a lazy chunk against the page, not the widget folder: keep one file.
    alias: [{ find: /^.*\/i18n\/load-messages$/, replacement: fileURLToPath(new URL('../shared/src/i18n/load-messages-bundled.ts', import.meta.url)) }],
  },
  build: {
    outDir: 'dist/widget',
    emptyOutDir: true,
    minify: false,
    target: 'es2022',
    cssCodeSplit: false,
    modulePreload: false,
    reportCompressedSize: false,
    rollupOptions: {
      input: fileURLToPath(new URL('src/script.ts', import.meta.url)),
      // amoCRM's own jQuery, through its requirejs.
      external: ['jquery'],
      preserveEntrySignatures: 'strict',
      output: {
        // An AMD module whose value is the widget constructor amoCRM instantiates.
        format: 'amd',
        exports: 'default',
        entryFileNames: 'script.js',
        assetFileNames: (asset) => (asset.names.some((name) => name.endsWith('.css')) ? 'style.css' : 'assets/[name][extname]'),
        inlineDynamicImports: true,
      },
    },
  },
})
