// Packs dist/widget/ into dist/widget.zip for the amoCRM marketplace (manifest.json at the zip root),
// prints the gzip size of everything the widget loads, and fails over the budget.
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
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
for (const required of ['manifest.json', 'script.js', 'card.js', 'overview.js', 'settings.js', 'style.css', 'i18n/ru.json', 'i18n/en.json']) {
  if (!entries[required]) throw new Error(`widget.zip would lack ${required}`)
}
writeFileSync(join(root, 'dist', 'widget.zip'), zipSync(entries, { level: 9 }))

// What each page loads: script.js, the page's screen file with the chunks it requires, the
// stylesheet, and the i18n file of the interface language that amoCRM hands the widget (it carries
// the UI's dictionary), counted at the larger of the two. Parts a screen fetches on first use (the
// Agat RT status screens and their words) are reported on top, for the page that can open them.
// A page seen two ways loads the part for its viewer at once — the card's partner part or the vendor
// staff's part, the overview's vendor part — so each way is a page of its own against the budget.
// The vendor staff's part brings the staff's words (staff-ru.ts/staff-en.ts) with it, counted at the larger.
const STAFF_WORDS = /^chunks\/staff-(ru|en)-/
// The settings screen fetches its own words (settings-ru.ts/settings-en.ts) before it shows.
const SETTINGS_WORDS = /^chunks\/settings-(ru|en)-/
const PAGES = [
  ['card, as a partner loads it', 'card.js', /^chunks\/partner-card-/],
  ['card, as vendor staff load it', 'card.js', /^chunks\/vendor-[^o]/, STAFF_WORDS],
  ['settings', 'settings.js', undefined, SETTINGS_WORDS],
  ['advanced settings (overview)', 'overview.js'],
  ['  the same, as vendor staff', 'overview.js', /^chunks\/vendor-overview-/, STAFF_WORDS],
]
/** The viewers' parts: loaded with their page, never a tab. */
const isPart = (name) => /^chunks\/(partner-card|vendor)-/.test(name)
const gzipOf = (name) => gzipSync(entries[name], { level: 9 }).length
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
const resolve = (from, relativeId) => join(dirname(from), relativeId).split('\\').join('/')
const staticDeps = (name) =>
  (/^define\(\[([^\]]*)\]/.exec(entries[name].toString())?.[1] ?? '').match(/"\.[^"]+"/g)?.map((id) => resolve(name, JSON.parse(id))) ?? []
const lazyDeps = (name) => [...entries[name].toString().matchAll(/require\(\["(\.[^"]+)"\]/g)].map((match) => resolve(name, match[1]))
const closure = (names, seen = new Set()) => {
  for (const name of names) {
    if (seen.has(name)) continue
    if (!entries[name]) throw new Error(`${name} is required by the widget but is not in it`)
    seen.add(name)
    closure(staticDeps(name), seen)
  }
  return seen
}
const largestI18n = ['i18n/ru.json', 'i18n/en.json'].sort((a, b) => gzipOf(b) - gzipOf(a))[0]
if (!entries['script.js'].toString().startsWith('define(["jquery"], (function('))
  throw new Error('script.js must be define(["jquery"], …) and depend on nothing else')

let overBudget = false
for (const [page, screen, part, partWords] of PAGES) {
  const base = [...closure(['script.js', screen])]
  const viewerParts = part ? [...new Set(base.flatMap(lazyDeps).filter((name) => part.test(name)))] : []
  if (part && viewerParts.length !== 1) throw new Error(`${page}: expected one part matching ${part}, found ${viewerParts.length}`)
  const withPart = [...new Set([...base, ...closure(viewerParts)])]
  const words = partWords
    ? [...new Set(withPart.flatMap(lazyDeps))]
        .filter((name) => partWords.test(name))
        .sort((a, b) => gzipOf(b) - gzipOf(a))
        .slice(0, 1)
    : []
  const loaded = [...withPart, ...words, 'style.css', largestI18n]
  const total = loaded.reduce((sum, name) => sum + gzipOf(name), 0)
  const parts = loaded.map((name) => `${name.replace('chunks/', '')} ${kb(gzipOf(name))}`).join(', ')
  console.log(`  ${page.padEnd(29)} ${kb(total).padStart(8)}  (${parts})`)
  if (total > BUDGET_BYTES) overBudget = true
  // A tab fetches its screen with what the page lacks of it, and the words in the page's language.
  // The staff's and the ledger statement's words come with their parts, never as a tab.
  const lazy = [...new Set([...loaded].flatMap(lazyDeps))].filter(
    (name) => !isPart(name) && !STAFF_WORDS.test(name) && !SETTINGS_WORDS.test(name) && !/^chunks\/ledger-(ru|en)-/.test(name),
  )
  const tabWords = lazy
    .filter((name) => /status-(ru|en)-/.test(name))
    .sort((a, b) => gzipOf(b) - gzipOf(a))
    .slice(0, 1)
  const tabs = lazy.filter((name) => !/status-(ru|en)-/.test(name)).map((root) => [...closure([root, ...tabWords])].filter((name) => !loaded.includes(name)))
  const extraOf = (files) => files.reduce((sum, name) => sum + gzipOf(name), 0)
  const largest = tabs.sort((a, b) => extraOf(b) - extraOf(a))[0]
  if (largest) {
    const parts = largest.map((name) => `${name.replace('chunks/', '')} ${kb(gzipOf(name))}`).join(', ')
    console.log(`  ${'  + the largest tab opened'.padEnd(29)} ${kb(extraOf(largest)).padStart(8)}  (${parts}): ${kb(total + extraOf(largest))} with it`)
  }
}
console.log(`amoCRM widget: each page loads at most the sizes above, gzip (budget ${kb(BUDGET_BYTES)} a page); wrote dist/widget.zip and dist/widget/`)
if (overBudget) {
  const message = 'an amoCRM page is over its size budget'
  if (process.env.BUDGET_WARN_ONLY) console.warn(`warning: ${message}`)
  else {
    console.error(`error: ${message} (BUDGET_WARN_ONLY=1 reports without failing)`)
    process.exitCode = 1
  }
}
