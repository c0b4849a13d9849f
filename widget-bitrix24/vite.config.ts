import { fileURLToPath } from 'node:url'
import { slimZod } from '../shared/src/build/slim-zod'
import { defineConfig } from 'vite'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

/** Static app pages; the relay serves them at /widgets/bitrix24/, so every asset URL is relative. */
export default defineConfig({
  root: here('.'),
  base: './',
  logLevel: 'warn',
  plugins: [slimZod()],
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
