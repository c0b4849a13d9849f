import { z } from 'zod'
import { type Caller, ERROR_STATUS, ROUTES, type RouteName, type RouteSpec, ZErrorBody } from '../../../shared/src/contract'
import { ROUTE_SUMMARIES } from '../../../shared/src/contract/routes/summaries'
import { BACKUP_PATH } from './mount-backup-route'
import { EVENTS_PATH } from './mount-event-stream'

type Json = Record<string, unknown>

export const OPENAPI_PATH = '/v1/openapi.json'

const toSchema = (schema: z.core.$ZodType, io: 'input' | 'output'): Json => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Json
  return rest
}

const SECURITY_SCHEMES = {
  adminToken: { type: 'http', scheme: 'bearer', description: 'The RELAY_ADMIN_TOKEN of this relay' },
  amocrmToken: { type: 'apiKey', in: 'header', name: 'X-Auth-Token', description: "amoCRM's disposable token (JWT, HS256)" },
  bitrix24Auth: { type: 'apiKey', in: 'header', name: 'Authorization', description: 'Bitrix24 <AUTH_ID> of the app frame' },
  bitrix24Member: { type: 'apiKey', in: 'header', name: 'X-B24-Member-Id', description: 'The portal member_id' },
  bitrix24Domain: { type: 'apiKey', in: 'header', name: 'X-B24-Domain', description: 'The portal host name (used when linking)' },
}

const securityOf = (caller: Caller): Json[] => {
  if (caller === 'anyone') return []
  if (caller === 'admin') return [{ adminToken: [] }]
  return [{ amocrmToken: [] }, { bitrix24Auth: [], bitrix24Member: [], bitrix24Domain: [] }]
}

const errorStatuses = (route: RouteSpec): number[] => {
  const isCrm = route.caller !== 'anyone' && route.caller !== 'admin'
  const isWrite = route.method !== 'get'
  const statuses = [
    (route.body || route.query || route.idempotent) && 400,
    route.caller !== 'anyone' && 401,
    isCrm && 403,
    route.path.includes(':') && 404,
    isWrite && 409,
    // Link codes expire.
    route.caller === 'unlinked-crm' && 410,
    route.body && 413,
    isWrite && 422,
    500,
    (isCrm || route.path === '/readyz') && 503,
  ]
  return statuses.filter((status): status is number => typeof status === 'number')
}

/**
 * Node's HTTP server refuses request headers over 16 KB with a bare 431 before the relay reads the
 * request: the only client error of the routes that take no input.
 */
const HEADERS_TOO_LARGE = { description: 'Request headers over 16 KB, refused by the HTTP server before the relay reads them (no body)' }

const errorResponse = (status: number) => {
  const codes = Object.entries(ERROR_STATUS)
    .filter(([, s]) => s === status)
    .map(([code]) => code)
  return { description: `Error: ${codes.join(', ')}`, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } }
}

const parametersOf = (route: RouteSpec): Json[] => {
  const path = [...route.path.matchAll(/:(\w+)/g)].map(([, name]) => ({ name, in: 'path', required: true, schema: { type: 'string' } }))
  const query = route.query ? toSchema(route.query, 'input') : { properties: {} }
  const required = new Set((query.required as string[] | undefined) ?? [])
  const queryParams = Object.entries((query.properties ?? {}) as Record<string, Json>).map(([name, schema]) => ({
    name,
    in: 'query',
    required: required.has(name),
    schema,
  }))
  const idempotency = route.idempotent
    ? [{ name: 'Idempotency-Key', in: 'header', required: false, description: 'Retry key (X-6)', schema: { type: 'string', minLength: 1, maxLength: 200 } }]
    : []
  return [...path, ...queryParams, ...idempotency]
}

const successContent = (route: RouteSpec): Json =>
  route.produces
    ? { [route.produces]: { schema: { type: 'string', format: 'binary' } } }
    : { 'application/json': { schema: toSchema(route.response, 'output') } }

const operationOf = (name: RouteName, route: RouteSpec): Json => ({
  operationId: name,
  summary: ROUTE_SUMMARIES[name],
  security: securityOf(route.caller),
  parameters: parametersOf(route),
  ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: toSchema(route.body, 'input') } } } } : {}),
  responses: {
    [route.status]: { description: ROUTE_SUMMARIES[name], content: successContent(route) },
    ...Object.fromEntries(errorStatuses(route).map((status) => [status, errorResponse(status)])),
    ...(errorStatuses(route).some((status) => status < 500) ? {} : { 431: HEADERS_TOO_LARGE }),
  },
})

export type OpenApiOptions = {
  /** The relay's public URL; without it the document names its own origin (a relative `/` server). */
  publicUrl?: string
}

/** The OpenAPI 3.1 description of the API, generated from the same route table the relay serves. */
export const buildOpenApi = ({ publicUrl }: OpenApiOptions = {}): Json => {
  const paths: Record<string, Json> = {
    [OPENAPI_PATH]: {
      get: {
        operationId: 'openapi',
        summary: 'This document',
        security: [],
        responses: { 200: { description: 'OpenAPI 3.1', content: { 'application/json': { schema: { type: 'object' } } } }, 431: HEADERS_TOO_LARGE },
      },
    },
    [BACKUP_PATH]: {
      get: {
        operationId: 'backup',
        summary: 'The PGlite data directory as a gzipped tar archive, taken between transactions (admin CLI: backup)',
        security: securityOf('admin'),
        responses: {
          200: { description: 'The archive; restore it with the admin CLI', content: { 'application/gzip': { schema: { type: 'string', format: 'binary' } } } },
          ...Object.fromEntries([401, 409, 500].map((status) => [status, errorResponse(status)])),
        },
      },
    },
    [EVENTS_PATH]: {
      get: {
        operationId: 'events',
        summary:
          "Live updates as Server-Sent Events: each `change` event is {kind, account} of what changed that the caller may see (X-5); the screen asks again. Authenticated by a one-use ticket from POST /v1/events/tickets (EventSource sends no headers) or by the CRM's headers",
        security: [...securityOf('crm'), {}],
        parameters: [
          {
            name: 'ticket',
            in: 'query',
            required: false,
            description: 'A one-use ticket from POST /v1/events/tickets, valid for a minute',
            schema: { type: 'string' },
          },
        ],
        responses: {
          200: {
            description: 'The stream; `retry`, comments as heartbeats, and `change` events',
            content: { 'text/event-stream': { schema: { type: 'string' } } },
          },
          ...Object.fromEntries([401, 403, 503].map((status) => [status, errorResponse(status)])),
        },
      },
    },
  }
  for (const [name, route] of Object.entries(ROUTES) as [RouteName, RouteSpec][]) {
    const path = route.path.replace(/:(\w+)/g, '{$1}')
    paths[path] = { ...paths[path], [route.method]: operationOf(name, route) }
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Partner Relay API', version: '1.0.0', license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' } },
    servers: [{ url: publicUrl ? publicUrl.replace(/\/+$/, '') : '/', description: publicUrl ? 'This relay (PUBLIC_URL)' : 'The relay serving this document' }],
    paths,
    components: { schemas: { Error: toSchema(ZErrorBody, 'output') }, securitySchemes: SECURITY_SCHEMES },
  }
}
