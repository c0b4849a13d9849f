// Prints the gzip size of everything each Bitrix24 page loads (its entry chunk, the chunks it
// imports, their CSS, and the larger of the language dictionaries it loads on start) and fails when
// a page is over the budget; the largest status tab a page can open is reported on top.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const BUDGET_BYTES = 120 * 1024
const dist = fileURLToPath(new URL('../dist', import.meta.url))
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'))
const gzip = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`

const filesOf = (key, seen = new Set()) => {
  const entry = manifest[key]
  if (!entry || seen.has(key)) return []
  seen.add(key)
  return [entry.file, ...(entry.css ?? []), ...(entry.imports ?? []).flatMap((imported) => filesOf(imported, seen))]
}

// Lazy parts: the UI dictionary comes on start, the larger of the two languages; a status tab
// (Agat RT) comes when opened, with its words, and is reported on top of its page.
const isStartWords = (key) => /i18n\/(ru|en)\.ts$/.test(key)
const isTabWords = (key) => /i18n\/status-(ru|en)\.ts$/.test(key)
const sizeOf = (files) => files.reduce((sum, file) => sum + gzip(file), 0)
const largest = (groups) => groups.sort((a, b) => sizeOf(b) - sizeOf(a))[0] ?? []
const list = (files) => files.map((file) => `${file} ${kb(gzip(file))}`).join(', ')

let worst = 0
const all = new Set()
for (const [key, entry] of Object.entries(manifest)) {
  if (!entry.isEntry) continue
  const staticFiles = [...new Set(filesOf(key))]
  const dynamicKeys = Object.values(manifest)
    .filter((chunk) => staticFiles.includes(chunk.file))
    .flatMap((chunk) => chunk.dynamicImports ?? [])
  const lazyOf = (dynamicKey) => filesOf(dynamicKey).filter((file) => !staticFiles.includes(file))
  const startWords = largest(dynamicKeys.filter(isStartWords).map(lazyOf))
  const tabWords = largest(dynamicKeys.filter(isTabWords).map(lazyOf))
  const tab = largest(dynamicKeys.filter((k) => !isStartWords(k) && !isTabWords(k)).map((k) => [...new Set([...lazyOf(k), ...tabWords])]))
  const files = [...staticFiles, ...startWords]
  ;[...staticFiles, ...dynamicKeys.flatMap(lazyOf)].forEach((file) => all.add(file))
  const total = sizeOf(files)
  worst = Math.max(worst, total)
  console.log(`  ${key.padEnd(14)} gzip ${kb(total).padStart(8)}  (${list(files)})`)
  if (tab.length) console.log(`  ${'  + largest tab'.padEnd(14)} gzip ${kb(sizeOf(tab)).padStart(8)}  (${list(tab)}): ${kb(total + sizeOf(tab))} with it`)
}
const union = [...all].reduce((sum, file) => sum + gzip(file), 0)
console.log(`Bitrix24 app: largest page loads ${kb(worst)} gzip, all pages together ${kb(union)} (budget ${kb(BUDGET_BYTES)} per page)`)
if (worst > BUDGET_BYTES) {
  const message = `Bitrix24 app is over its size budget by ${kb(worst - BUDGET_BYTES)}`
  if (process.env.BUDGET_WARN_ONLY) console.warn(`warning: ${message}`)
  else {
    console.error(`error: ${message} (BUDGET_WARN_ONLY=1 reports without failing)`)
    process.exitCode = 1
  }
}
