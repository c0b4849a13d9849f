import type { Plugin } from 'vite'

/**
 * Parts of axios a bundle never runs when every request goes through its own adapter and sends a
 * string body: the XHR and fetch transports (http is already null in browser builds), FormData and
 * URL-encoded body serialisers and the `params` serialiser built on them (the client writes its own
 * query string), the deprecated CancelToken, `axios.spread` and the HttpStatusCode table. The rest
 * of axios (config merging, headers, interceptors, transforms, errors, URL building) is untouched.
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
]

const isUnusedOf = (unused: string[]) => (id: string) => {
  const path = id.split('\\').join('/')
  return unused.some((file) => path.endsWith(`/node_modules/axios/lib/${file}`))
}

// Every export the importers read: a default, and `getFetch` from the fetch adapter.
const STUB = `
const unavailable = () => {
  throw new Error('This part of axios is left out of the bundle: give the client its own adapter and a string body')
}
export default unavailable
export const getFetch = () => unavailable
`

/**
 * For a bundle whose requests all go through its own axios adapter (the amoCRM widget sends through
 * `$authorizedAjax`): replaces the parts of axios it never runs with a stub that throws if called,
 * so a request that would need one fails loudly instead of being sent some other way. `keep` names
 * parts a bundle does run (the Bitrix24 app and its SDK send through the XHR adapter).
 */
export const stubUnusedAxios = ({ keep = [] }: { keep?: string[] } = {}): Plugin => {
  const isUnused = isUnusedOf(UNUSED.filter((file) => !keep.includes(file)))
  return {
    name: 'stub-unused-axios',
    enforce: 'pre',
    load: (id) => (isUnused(id) ? STUB : null),
  }
}
