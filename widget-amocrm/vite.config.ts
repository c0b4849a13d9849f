import { fileURLToPath } from 'node:url'
import type { Plugin as PostcssPlugin } from 'postcss'
import { defineConfig, type Plugin } from 'vite'
import { dropComments } from '../shared/src/build/drop-comments'
import { minifyLibraries } from '../shared/src/build/minify-libraries'
import { stubUnusedAxios } from '../shared/src/build/stub-unused-axios'
import { coreChunk } from './build/core-chunk'
import { plainLazyImports } from './build/plain-lazy-imports'
import { uiMessagesInI18n } from './build/ui-messages-in-i18n'

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

/**
 * The shipped stylesheet stays unminified and readable, like the script; its comments, like the
 * script's, stay in the sources (they are about a fifth of its gzip size).
 */
const stripCssComments: PostcssPlugin = {
  postcssPlugin: 'strip-css-comments',
  Once: (root) => {
    root.walkComments((comment) => {
      comment.remove()
    })
  },
}

/** The screen files script.js loads, one per page (see src/load-screen.ts). */
const SCREENS = ['screens/card', 'screens/overview', 'screens/settings']
const source = (name: string) => fileURLToPath(new URL(`src/${name}.ts`, import.meta.url))
const shared = (name: string) => fileURLToPath(new URL(`../shared/src/${name}.tsx`, import.meta.url))
/**
 * The card's two lazy parts: what a partner sees and what vendor staff see. What the vendor's
 * overview shares with the vendor's card comes in the vendor part; the rest of it is its own chunk.
 */
const PARTS = {
  'partner-card': [shared('ui/partner/partner-card'), shared('ui/partner/register-form')],
  vendor: [shared('ui/vendor/vendor-card')],
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  logLevel: 'warn',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact', legalComments: 'none' },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  plugins: [
    plainLazyImports(),
    stubUnusedAxios(),
    minifyLibraries(),
    dropComments(),
    plainAmdDependencies(),
    uiMessagesInI18n(fileURLToPath(new URL('i18n', import.meta.url))),
  ],
  css: { postcss: { plugins: [stripCssComments] } },
  resolve: {
    // The dictionaries come with the widget's i18n files (see uiMessagesInI18n), not as chunks.
    alias: [{ find: /^.*\/i18n\/load-messages$/, replacement: fileURLToPath(new URL('../shared/src/i18n/load-messages-host-only.ts', import.meta.url)) }],
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
      // script.js is what amoCRM loads; it fetches one screen file per page (see load-screen.ts).
      input: Object.fromEntries([['script', source('script')], ...SCREENS.map((name) => [name.replace('screens/', ''), source(name)])]),
      // amoCRM's own jQuery, through its requirejs.
      external: ['jquery'],
      preserveEntrySignatures: 'strict',
      output: {
        // An AMD module whose value is the widget constructor amoCRM instantiates.
        format: 'amd',
        exports: 'auto',
        entryFileNames: '[name].js',
        // Shared code and lazy parts: content-named, so a new version never meets a stale cache.
        chunkFileNames: 'chunks/[name]-[hash].js',
        manualChunks: coreChunk(SCREENS.map(source), PARTS),
        // requirejs takes an id ending in .js as a path relative to the requiring file.
        amd: { forceJsExtensionForImports: true },
        assetFileNames: (asset) => (asset.names.some((name) => name.endsWith('.css')) ? 'style.css' : 'assets/[name][extname]'),
      },
    },
  },
})
