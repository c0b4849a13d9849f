import { readFileSync } from 'node:fs'
import type { Plugin } from 'vite'

/** zod's English issue messages: the widgets word every failure themselves, by code and field. */
const ENGLISH_MESSAGES = /[\\/]node_modules[\\/]zod[\\/]v4[\\/]locales[\\/]en\.js$/

/** zod's JSON Schema generation: wired into every classic schema, never called in a browser. */
const JSON_SCHEMA_MODULES = /[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/](to-json-schema|json-schema-processors|json-schema-generator)\.js$/

const exportedNames = (source: string): string[] => [
  ...[...source.matchAll(/^export (?:async )?(?:function|const|let|class) (\w+)/gm)].map((match) => match[1]),
  ...[...source.matchAll(/^export \{([^}]+)\}/gm)].flatMap((match) => match[1].split(',').map((part) => part.trim().split(/\s+as\s+/).pop() ?? '')),
].filter(Boolean)

const stubFor = (name: string) => {
  if (name === 'aggregateChecks') return `export const ${name} = () => ({})`
  if (name === 'allProcessors') return `export const ${name} = {}`
  if (name.startsWith('create')) return `export const ${name} = () => unavailable`
  if (/^[A-Z]/.test(name)) return `export class ${name} { constructor() { unavailable() } }`
  return `export const ${name} = unavailable`
}

/**
 * Leaves out of the widget bundles the parts of zod a browser never runs: the JSON Schema generator
 * (about a fifth of zod; calling `toJSONSchema()` in a widget throws) and the English issue texts
 * (issues then read "Invalid input"; the UI shows its own words). Parsing is untouched, and the
 * relay, which publishes JSON Schema and English messages, runs on Node with the real modules.
 */
export const slimZod = (): Plugin => ({
  name: 'slim-zod',
  enforce: 'pre',
  load(id) {
    if (ENGLISH_MESSAGES.test(id)) return 'export default function () { return { localeError: () => undefined } }'
    if (!JSON_SCHEMA_MODULES.test(id)) return null
    const names = [...new Set(exportedNames(readFileSync(id, 'utf8')))]
    return [
      "const unavailable = () => { throw new Error('JSON Schema generation is not part of the widget bundle') }",
      ...names.map(stubFor),
    ].join('\n')
  },
})
