import { afterEach, describe, expect, test } from 'vitest'
import { AppError } from '../../../shared/src/contract'
import { ADMIN_TOKEN, startTestRelay, type TestRelay } from './test-support/start-test-relay'

let relay: TestRelay
afterEach(() => relay?.close())

const adminHeaders = { Authorization: `Bearer ${ADMIN_TOKEN}` }

describe('health', () => {
  test('liveness and readiness answer with the database kind and the calendar notice (X-7)', async () => {
    relay = await startTestRelay({ checkReady: async () => ({ database: 'postgres', calendar: { year: 2027, state: 'provisional' } }) })
    expect(await (await fetch(`${relay.url}/healthz`)).json()).toEqual({ status: 'ok' })
    expect(await (await fetch(`${relay.url}/readyz`)).json()).toEqual({ status: 'ready', database: 'postgres', calendar: { year: 2027, state: 'provisional' } })
  })

  test('readiness is 503 while the database does not answer', async () => {
    relay = await startTestRelay({ checkReady: async () => Promise.reject(new Error('connection refused')) })
    const response = await fetch(`${relay.url}/readyz`)
    expect(response.status).toBe(503)
    expect((await response.json()).error.code).toBe('unavailable')
  })
})

describe('errors', () => {
  test.each([
    { label: 'an unknown path', method: 'GET', path: '/v1/nothing-here' },
    { label: 'a known path with another method', method: 'DELETE', path: '/v1/pins' },
  ])('$label is a 404 not_found in the error shape', async ({ method, path }) => {
    relay = await startTestRelay()
    const response = await fetch(`${relay.url}${path}`, { method })
    expect(response.status).toBe(404)
    expect(await response.json()).toEqual({ error: { code: 'not_found', message: `No route ${method} ${path}` } })
    expect(response.headers.get('x-request-id')).toBeTruthy()
  })

  test('a typed error keeps its status, code, rule and details', async () => {
    relay = await startTestRelay({
      handlers: {
        createPartner: async () => {
          throw new AppError('invalid_state', 'Already expelled', { rule: 'AT-4.1', details: { state: 'expelled' } })
        },
      },
    })
    const response = await fetch(`${relay.url}/v1/admin/partners`, {
      method: 'POST',
      headers: { ...adminHeaders, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'ATRealt', inn: '7707083893', email: 'partner@example.ru' }),
    })
    expect(response.status).toBe(409)
    expect(await response.json()).toEqual({
      error: { code: 'invalid_state', message: 'Already expelled', rule: 'AT-4.1', details: { state: 'expelled' } },
    })
  })

  test('an unexpected failure is a bare 500 whose request id is in the log', async () => {
    relay = await startTestRelay({
      handlers: {
        createLinkCode: async () => {
          throw new Error('secret database detail')
        },
      },
    })
    const response = await fetch(`${relay.url}/v1/admin/link-codes`, {
      method: 'POST',
      headers: { ...adminHeaders, 'Content-Type': 'application/json' },
      body: JSON.stringify({ role: 'vendor' }),
    })
    const requestId = response.headers.get('x-request-id')
    expect(response.status).toBe(500)
    expect(await response.json()).toEqual({ error: { code: 'internal', message: 'Internal error', details: { requestId } } })
    const logged = relay.logs.map((line) => JSON.parse(line)).find((entry) => entry.requestId === requestId)
    expect(logged.err.message).toBe('secret database detail')
  })
})

describe('request id', () => {
  test.each([
    { label: 'a usable incoming id is kept', incoming: 'lb-7f3a.42', kept: true },
    { label: 'an unusable incoming id is replaced', incoming: 'bad id with spaces', kept: false },
  ])('$label', async ({ incoming, kept }) => {
    relay = await startTestRelay()
    const response = await fetch(`${relay.url}/healthz`, { headers: { 'X-Request-Id': incoming } })
    const id = response.headers.get('x-request-id')
    expect(id === incoming).toBe(kept)
    expect(id).toMatch(/^[A-Za-z0-9._:-]+$/)
  })
})

describe('headers', () => {
  test('API answers carry security headers and never forbid framing of the whole app', async () => {
    relay = await startTestRelay({
      extraRoutes: (app) => app.get('/widget/index.html', (_req, res) => void res.type('html').send('<p>widget</p>')),
    })
    const api = await fetch(`${relay.url}/v1/openapi.json`)
    expect(api.headers.get('x-powered-by')).toBeNull()
    expect(api.headers.get('x-content-type-options')).toBe('nosniff')
    expect(api.headers.get('cache-control')).toBe('no-store')
    expect(api.headers.get('content-security-policy')).toContain("default-src 'none'")
    const page = await fetch(`${relay.url}/widget/index.html`)
    expect(await page.text()).toBe('<p>widget</p>')
    expect(page.headers.get('x-frame-options')).toBeNull()
    expect(page.headers.get('content-security-policy')).toBeNull()
  })
})

describe('CORS', () => {
  const preflight = (url: string, origin: string) =>
    fetch(`${url}/v1/me`, {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'x-auth-token' },
    })

  test.each([
    { label: 'an amoCRM account origin', origin: 'https://example.amocrm.ru', isAllowed: true },
    { label: 'a Bitrix24 portal origin', origin: 'https://example.bitrix24.ru', isAllowed: true },
    { label: 'a local harness over http', origin: 'http://127.0.0.1:5173', isAllowed: true },
    { label: 'localhost over http', origin: 'http://localhost:8080', isAllowed: true },
    { label: 'a remote origin over plain http', origin: 'http://example.amocrm.ru', isAllowed: false },
  ])('preflight from $label', async ({ origin, isAllowed }) => {
    relay = await startTestRelay()
    const response = await preflight(relay.url, origin)
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe(isAllowed ? origin : null)
    if (!isAllowed) return
    expect(response.headers.get('access-control-allow-headers')).toContain('X-Auth-Token')
    expect(response.headers.get('access-control-allow-headers')).toContain('Idempotency-Key')
    expect(response.headers.get('access-control-allow-credentials')).toBeNull()
  })

  test('a configured origin list is the only one answered', async () => {
    relay = await startTestRelay({ config: { corsOrigins: ['https://example.amocrm.ru'] } })
    expect((await preflight(relay.url, 'https://example.amocrm.ru')).headers.get('access-control-allow-origin')).toBe('https://example.amocrm.ru')
    expect((await preflight(relay.url, 'https://other.amocrm.ru')).headers.get('access-control-allow-origin')).toBeNull()
  })

  test('answers expose the request id and the download name', async () => {
    relay = await startTestRelay()
    const response = await fetch(`${relay.url}/v1/me`, { headers: { Origin: 'https://example.amocrm.ru' } })
    expect(response.status).toBe(401)
    expect(response.headers.get('access-control-allow-origin')).toBe('https://example.amocrm.ru')
    expect(response.headers.get('access-control-expose-headers')).toBe('X-Request-Id, Content-Disposition')
  })
})
