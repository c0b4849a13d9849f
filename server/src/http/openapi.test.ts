import { afterAll, beforeAll, expect, test } from 'vitest'
import { ROUTES, type RouteSpec } from '../../../shared/src/contract'
import { startTestRelay, type TestRelay } from './test-support/start-test-relay'

let relay: TestRelay
let doc: {
  servers: { url: string; description: string }[]
  openapi: string
  paths: Record<string, Record<string, any>>
  components: { schemas: Record<string, any>; securitySchemes: Record<string, any> }
}

beforeAll(async () => {
  relay = await startTestRelay()
  doc = await (await fetch(`${relay.url}/v1/openapi.json`)).json()
})
afterAll(() => relay.close())

test('is OpenAPI 3.1 with the three identities and the error body', () => {
  expect(doc.openapi).toBe('3.1.0')
  expect(Object.keys(doc.components.securitySchemes)).toEqual(['adminToken', 'amocrmToken', 'bitrix24Auth', 'bitrix24Member', 'bitrix24Domain'])
  expect(doc.components.schemas.Error.properties.error.required).toEqual(['code', 'message'])
})

test.each(Object.entries(ROUTES).map(([name, route]: [string, RouteSpec]) => ({ name, ...route })))('documents $name ($method $path)', (route) => {
  const operation = doc.paths[route.path.replace(/:(\w+)/g, '{$1}')]?.[route.method]
  expect(operation.operationId).toBe(route.name)
  expect(operation.responses[route.status]).toBeDefined()
  expect(operation.responses[500].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Error' })
  const pathParams = [...route.path.matchAll(/:(\w+)/g)].map(([, name]) => name)
  expect(operation.parameters.filter((p: any) => p.in === 'path').map((p: any) => p.name)).toEqual(pathParams)
  expect(Boolean(operation.requestBody)).toBe(Boolean(route.body))
  expect(operation.parameters.some((p: any) => p.name === 'Idempotency-Key')).toBe(Boolean(route.idempotent))
})

test('request bodies are the input side of the schemas, answers the output side', () => {
  const create = doc.paths['/v1/invoices'].post
  const body = create.requestBody.content['application/json'].schema
  expect(body.required).toEqual(['lines'])
  expect(body.additionalProperties).toBe(false)
  expect(create.responses[201].content['application/json'].schema.properties.invoice.type).toBe('object')
  expect(Object.keys(create.responses)).toEqual(expect.arrayContaining(['400', '401', '403', '409', '413', '422']))
})

test('the ledger query is documented as query parameters, the PDF as a binary answer', () => {
  const ledger = doc.paths['/v1/ledger'].get
  expect(ledger.parameters.map((p: any) => [p.name, p.in])).toEqual([
    ['partnerId', 'query'],
    ['cursor', 'query'],
    ['limit', 'query'],
  ])
  expect(doc.paths['/v1/invoices/{id}/pdf'].get.responses[200].content).toEqual({
    'application/pdf': { schema: { type: 'string', format: 'binary' } },
  })
})

test('names its server: PUBLIC_URL when set, otherwise the origin serving it', async () => {
  expect(doc.servers).toEqual([{ url: '/', description: 'The relay serving this document' }])
  const behindProxy = await startTestRelay({ config: { publicUrl: 'https://relay.example.ru/partners/' } })
  try {
    const served = await (await fetch(`${behindProxy.url}/v1/openapi.json`)).json()
    expect(served.servers[0].url).toBe('https://relay.example.ru/partners')
  } finally {
    await behindProxy.close()
  }
})

test('every operation documents a client error, and readiness its 503', () => {
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      expect(
        Object.keys(operation.responses).some((status) => status.startsWith('4')),
        `${method} ${path}`,
      ).toBe(true)
    }
  }
  expect(Object.keys(doc.paths['/readyz'].get.responses)).toEqual(['200', '431', '500', '503'])
})

test('a request whose headers pass 16 KB gets the documented bare 431', async () => {
  const response = await fetch(`${relay.url}/healthz`, { headers: { 'x-padding': 'x'.repeat(17 * 1024) } })
  expect(response.status).toBe(431)
})
