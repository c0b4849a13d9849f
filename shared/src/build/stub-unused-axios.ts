import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Plugin } from 'vite'

/**
 * Parts of axios a bundle never runs when every request goes through its own adapter and sends a
 * string body: the XHR and fetch transports (http is already null in browser builds), FormData and
 * URL-encoded body serialisers and the `params` serialiser built on them (the client writes its own
 * query string), the deprecated CancelToken, `axios.spread` and the HttpStatusCode table. The rest
 * of axios (config merging, headers, interceptors, transforms, errors, URL building) is untouched,
 * but for the two checks of a request's own config in CHECKS below.
 */
const UNUSED = [
  'adapters/xhr.js',
  'adapters/fetch.js',
  'adapters/http.js',
  'helpers/formDataToJSON.js',
  'helpers/toURLEncodedForm.js',
  'helpers/HttpStatusCode.js',
  'helpers/spread.js',
  'cancel/CancelToken.js',
  'helpers/toFormData.js',
  'helpers/AxiosURLSearchParams.js',
  // Reads a raw header block (what XHR hands back); an adapter of its own hands headers as an object.
  'helpers/parseHeaders.js',
]

/**
 * Parts that only a caller passing options of its own making needs: the option validator (warns of
 * misspelt or deprecated options), the circular-`params` guard and the `params` half of the URL
 * builder. The client's config is fixed in `create-relay-caller.ts` (an adapter, a timeout, method,
 * url, data, headers, responseType; never `params` or `transitional`), so in a bundle the checks
 * check nothing and are replaced by checks that pass, and the URL builder hands the URL back as it
 * is (what it does without `params`; with them it fails loudly, as the serialiser left out does).
 */
const CHECKS: Record<string, string> = {
  'helpers/validator.js': `
const pass = () => pass
export default { assertOptions: () => {}, validators: { transitional: pass, boolean: pass, function: pass, spelling: pass } }
`,
  'core/assertParamsAcyclic.js': `
export default function assertParamsAcyclic() {}
`,
  'helpers/buildURL.js': `
export default function buildURL(url, params) {
  if (params) throw new Error('This part of axios is left out of the bundle: write the query string into the URL')
  return url
}
`,
}

const axiosFile = (id: string) => /\/node_modules\/axios\/lib\/(.+)$/.exec(id.split('\\').join('/'))?.[1]

// Every export the importers read: a default, and `getFetch` from the fetch adapter.
const STUB = `
const unavailable = () => {
  throw new Error('This part of axios is left out of the bundle: give the client its own adapter and a string body')
}
export default unavailable
export const getFetch = () => unavailable
`

/** Every file of axios's lib folder, relative to it. */
const libFiles = (lib: string): string[] =>
  readdirSync(lib, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(lib.length + 1)
        .split('\\')
        .join('/'),
    )

/**
 * axios's `utils.js` exports one object of some sixty helpers, and a bundle keeps all of them since
 * its modules read them as `utils.name`. The helpers that the files a bundle can still load name
 * (every file of axios but the replaced ones) stay in the object; the rest drop out of it, and the
 * tree-shaking removes them. A file reading `utils` any other way keeps the object whole.
 */
const trimUtils = (code: string, lib: string, replaced: string[]) => {
  const named = new Set<string>()
  for (const file of libFiles(lib)) {
    if (file === 'utils.js' || replaced.includes(file)) continue
    const source = readFileSync(join(lib, file), 'utf8')
    for (const match of source.matchAll(/\butils\.(\w+)/g)) named.add(match[1])
    for (const match of source.matchAll(/\{([^}]*)\}\s*=\s*utils\b/g)) for (const name of match[1].split(',')) named.add(name.split(':')[0].trim())
    if (/\butils\s*\[|[(,]\s*utils\s*[,)]/.test(source)) return code
  }
  const exported = /\nexport default \{\n([\s\S]*?)\n\};?\s*$/.exec(code)
  if (!exported) return code
  const members = exported[1]
    .split('\n')
    .map((line) =>
      line
        .replace(/\/\/.*$/, '')
        .trim()
        .replace(/,$/, ''),
    )
    .filter(Boolean)
  const kept = members.filter((member) => named.has(member.split(':')[0].trim()))
  return `${code.slice(0, exported.index)}\nexport default {\n  ${kept.join(',\n  ')},\n};\n`
}

/**
 * For a bundle whose requests all go through its own axios adapter (the amoCRM widget sends through
 * `$authorizedAjax`): replaces the parts of axios it never runs with a stub that throws if called,
 * so a request that would need one fails loudly instead of being sent some other way. `keep` names
 * parts a bundle does run (the Bitrix24 app and its SDK send through the XHR adapter).
 */
export const stubUnusedAxios = ({ keep = [] }: { keep?: string[] } = {}): Plugin => {
  const replaced = [...UNUSED, ...Object.keys(CHECKS)].filter((file) => !keep.includes(file))
  return {
    name: 'stub-unused-axios',
    enforce: 'pre',
    load: (id) => {
      const file = axiosFile(id)
      if (!file || keep.includes(file)) return null
      if (UNUSED.includes(file)) return STUB
      if (CHECKS[file]) return CHECKS[file]
      if (file === 'utils.js') return trimUtils(readFileSync(id, 'utf8'), dirname(id), replaced)
      return null
    },
  }
}
