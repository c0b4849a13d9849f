import express, { type RequestHandler } from 'express'
import { AppError, CRM_CARD_HEADER, parseCrmCard, ROUTES, type RouteSpec } from '../../../shared/src/contract'
import type { Ctx } from '../services/context'
import type { Authenticate } from './auth/create-authenticator'
import type { HttpDeps, ServiceRouteName } from './http-deps'
import { parseInput } from './parse-input'
import { readIdempotencyKey } from './read-idempotency-key'
import { refuseControlCharacters, refuseControlCharactersInBody } from './refuse-control-characters'
import { apiHeaders } from './security-headers'
import { sendDocument } from './send-document'
import { sendJson } from './send-json'
import { toJsonValue } from './to-json-value'

type AnyHandler = (ctx: Ctx, input: { params: Record<string, string>; body: unknown; query: unknown }) => Promise<unknown>

const SERVICE_ROUTES = (Object.keys(ROUTES) as (keyof typeof ROUTES)[]).filter((name): name is ServiceRouteName => name !== 'health' && name !== 'ready')

const jsonBody = express.json({ limit: '100kb', strict: true })
/** A route that takes a file inside its JSON gets its own, larger, limit. */
const jsonBodyOf = (route: RouteSpec) => (route.maxBodyBytes ? express.json({ limit: route.maxBodyBytes, strict: true }) : jsonBody)

const readBody = (route: RouteSpec, body: unknown): unknown => {
  if (!route.body) return undefined
  // express.json leaves the body undefined when the request is not JSON.
  if (body === undefined) throw new AppError('invalid_request', 'Send JSON with Content-Type: application/json')
  return parseInput(route.body, body, 'body')
}

const authenticateAs = (authenticate: Authenticate, caller: RouteSpec['caller']): RequestHandler => {
  if (caller === 'anyone') throw new Error('Public routes are answered by the HTTP layer and have no use case handler')
  return async (req, res, next) => {
    res.locals.actor = await authenticate(req, caller)
    next()
  }
}

/** Registers every route of the contract: authenticate, parse, call the use case, answer. */
export const mountServiceRoutes = (app: express.Express, deps: HttpDeps, authenticate: Authenticate): void => {
  const now = deps.now ?? (() => new Date())
  for (const name of SERVICE_ROUTES) {
    const route: RouteSpec = ROUTES[name]
    const handler = deps.handlers[name] as AnyHandler
    if (typeof handler !== 'function') throw new Error(`No handler for route ${name} (${route.method.toUpperCase()} ${route.path})`)
    // A body is refused for control characters as soon as it is parsed, before anything reads it.
    const bodyParsers = route.body ? [jsonBodyOf(route), refuseControlCharactersInBody] : []
    // A caller linking itself is judged by its code before its identity is checked anywhere, so its
    // body is read first; every other body waits until the caller is known.
    const isLinking = route.caller === 'unlinked-crm'
    const before = isLinking ? bodyParsers : []
    const after = isLinking ? [] : bodyParsers
    app[route.method](route.path, apiHeaders, refuseControlCharacters, ...before, authenticateAs(authenticate, route.caller), ...after, async (req, res) => {
      // A malformed card header is ignored: it only says where to write later, never who may act.
      const card = parseCrmCard(req.get(CRM_CARD_HEADER))
      const ctx: Ctx = {
        actor: res.locals.actor,
        now: now(),
        idempotencyKey: route.idempotent ? readIdempotencyKey(req) : undefined,
        ...(card ? { card } : {}),
      }
      const input = {
        params: { ...req.params } as Record<string, string>,
        body: readBody(route, req.body),
        query: route.query ? parseInput(route.query, { ...req.query }, 'query') : undefined,
      }
      const result = await handler(ctx, input)
      if (route.produces) sendDocument(res, route.status, result)
      else sendJson(res, route.status, toJsonValue(result))
    })
  }
}
