// Packs dist/widget/ into dist/widget.zip for the amoCRM marketplace (manifest.json at the zip root),
// prints the gzip size of everything the widget loads, and fails over the budget.
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { zipSync } from 'fflate'

const BUDGET_BYTES = 60 * 1024
const root = fileURLToPath(new URL('..', import.meta.url))
const out = join(root, 'dist', 'widget')

// The build wrote i18n/ itself: the manifest's words plus the UI's dictionary.
cpSync(join(root, 'manifest.json'), join(out, 'manifest.json'))
mkdirSync(join(out, 'images'), { recursive: true })
cpSync(join(root, 'images'), join(out, 'images'), { recursive: true })

const files = (dir) => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]))
const entries = Object.fromEntries(files(out).map((path) => [relative(out, path).split('\\').join('/'), readFileSync(path)]))
for (const required of ['manifest.json', 'script.js', 'style.css', 'i18n/ru.json', 'i18n/en.json']) {
  if (!entries[required]) throw new Error(`widget.zip would lack ${required}`)
}
writeFileSync(join(root, 'dist', 'widget.zip'), zipSync(entries, { level: 9 }))

// What a card loads: our script and stylesheet, and the i18n file of the interface language that
// amoCRM hands the widget (it carries the UI's dictionary), counted at the larger of the two.
const sizeOf = (name) => ({ name, raw: entries[name].length, gzip: gzipSync(entries[name], { level: 9 }).length })
const largestI18n = ['i18n/ru.json', 'i18n/en.json'].map(sizeOf).sort((a, b) => b.gzip - a.gzip)[0]
const loaded = [sizeOf('script.js'), sizeOf('style.css'), largestI18n]
const total = loaded.reduce((sum, file) => sum + file.gzip, 0)
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
for (const file of loaded) console.log(`  ${file.name.padEnd(12)} ${kb(file.raw).padStart(9)}  gzip ${kb(file.gzip).padStart(8)}`)
console.log(`amoCRM widget loads ${kb(total)} gzip (budget ${kb(BUDGET_BYTES)}); wrote dist/widget.zip and dist/widget/`)
if (total > BUDGET_BYTES) {
  const message = `amoCRM widget is over its size budget by ${kb(total - BUDGET_BYTES)}`
  if (process.env.BUDGET_WARN_ONLY) console.warn(`warning: ${message}`)
  else {
    console.error(`error: ${message} (BUDGET_WARN_ONLY=1 reports without failing)`)
    process.exitCode = 1
  }
}
