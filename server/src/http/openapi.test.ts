import { afterAll, beforeAll, expect, test } from 'vitest'
import { ROUTES, type RouteSpec } from '../../../shared/src/contract'
import { startTestRelay, type TestRelay } from './test-support/start-test-relay'

let relay: TestRelay
let doc: {
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
