import { HttpResponse, http, type JsonBodyType } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll } from 'vitest'

/** The relay's base URL in unit tests. */
export const RELAY_URL = 'http://relay.test'

/** An msw server for the relay API: unhandled requests fail the test; handlers reset after each one. */
export const useRelayServer = () => {
  const server = setupServer()
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => server.resetHandlers())
  afterAll(() => server.close())
  return server
}

export const relayGet = (path: string, body: JsonBodyType, status = 200) => http.get(RELAY_URL + path, () => HttpResponse.json(body, { status }))

export const relayError = (method: 'get' | 'post' | 'put', path: string, code: string, status: number, rule?: string) =>
  http[method](RELAY_URL + path, () => HttpResponse.json({ error: { code, message: `${code} from the relay`, ...(rule ? { rule } : {}) } }, { status }))
