import { fileURLToPath } from 'node:url'
import { defineConfig, type Plugin } from 'vite'
import { stubUnusedAxios } from '../shared/src/build/stub-unused-axios'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

const PRELOAD_HELPER = '\0vite/preload-helper.js'

/**
 * Vite wraps each dynamic import in a helper (about 0.5 KB gzip) that preloads the lazy chunk's own
 * imports and injects its CSS. The app's only lazy chunks are the language dictionaries, which need
 * neither, so the helper just calls the import. The build stops if a lazy chunk ever brings CSS.
 */
const plainDynamicImports = (): Plugin => ({
  name: 'plain-dynamic-imports',
  enforce: 'pre',
  load: (id) => (id === PRELOAD_HELPER ? 'export const __vitePreload = (load) => load()' : null),
  generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type === 'chunk' && chunk.isDynamicEntry && (chunk.viteMetadata?.importedCss.size ?? 0) > 0) {
        this.error(`${chunk.fileName} is loaded lazily and imports CSS, which the plain dynamic import would not load`)
      }
    }
  },
})

/** Static app pages; the relay serves them at /widgets/bitrix24/, so every asset URL is relative. */
export default defineConfig({
  root: here('.'),
  base: './',
  logLevel: 'warn',
  // The app and its SDK send through axios's XHR adapter; the other transports never run in the frame.
  // The SDK's own requests may carry `params`, objects and options of their own, so their serialisers and checks stay.
  plugins: [
    stubUnusedAxios({
      keep: [
        'adapters/xhr.js',
        'helpers/toFormData.js',
        'helpers/AxiosURLSearchParams.js',
        'helpers/validator.js',
        'core/assertParamsAcyclic.js',
        'helpers/buildURL.js',
        'helpers/parseHeaders.js',
      ],
    }),
    plainDynamicImports(),
  ],
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact', legalComments: 'none' },
  build: {
    modulePreload: { polyfill: false },
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    manifest: true,
    reportCompressedSize: false,
    rollupOptions: {
      input: { index: here('index.html'), card: here('card.html'), install: here('install.html') },
    },
  },
})
