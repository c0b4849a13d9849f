import express from 'express'
import type { FakePortal } from './fake-portal'
import { parsePhpQuery } from './parse-php-query'
import { PortalError } from './portal-error'
import { callMethod, type MethodContext } from './portal-methods'

const started = () => {
  const now = Date.now()
  const stamp = new Date(now).toISOString()
  return { start: now / 1000, finish: now / 1000 + 0.01, duration: 0.01, processing: 0, date_start: stamp, date_finish: stamp, operating: 0 }
}

const authOf = (req: express.Request, body: Record<string, unknown>) =>
  typeof body.auth === 'string' ? body.auth : typeof req.query.auth === 'string' ? req.query.auth : undefined

type BatchResult = { result: Record<string, unknown>; result_error: Record<string, unknown> | [] }

/** `batch {halt, cmd: {key: 'method?query'}}`: each command runs with the caller's token. */
const runBatch = (ctx: MethodContext): BatchResult => {
  const result: Record<string, unknown> = {}
  const errors: Record<string, unknown> = {}
  for (const [key, command] of Object.entries((ctx.params.cmd ?? {}) as Record<string, string>)) {
    const [method, query = ''] = String(command).split('?')
    try {
      result[key] = callMethod(method, { ...ctx, params: parsePhpQuery(query) })
    } catch (error) {
      if (!(error instanceof PortalError)) throw error
      errors[key] = { error: error.error, error_description: error.description }
      if (Number(ctx.params.halt) === 1) break
    }
  }
  return { result, result_error: Object.keys(errors).length > 0 ? errors : [] }
}

/**
 * The portal's REST endpoint, `POST /rest/<method>[.json]`, JSON or form-encoded, with the app's
 * token in `auth`. Open to any origin, as a portal's REST is to its app frames.
 */
export const createPortalRestRouter = (portal: FakePortal) => {
  const router = express.Router()
  router.use((req, res, next) => {
    res.setHeader('Access-Control-Allow-Origin', req.get('origin') ?? '*')
    res.setHeader('Access-Control-Allow-Headers', req.get('access-control-request-headers') ?? 'Content-Type')
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST')
    if (req.method === 'OPTIONS') return void res.status(204).end()
    next()
  })
  router.use(express.json(), express.urlencoded({ extended: false }))
  router.all('/:method', (req, res) => {
    const method = req.params.method.replace(/\.json$/, '')
    const raw = (req.body ?? {}) as Record<string, unknown>
    const body = req.is('application/x-www-form-urlencoded') ? parsePhpQuery(new URLSearchParams(raw as Record<string, string>).toString()) : raw
    const caller = portal.resolve(authOf(req, body))
    const reply = (status: number, payload: unknown, memberId: string | null) => {
      portal.calls.push({ method, memberId, status })
      res.status(status).json(payload)
    }
    if (caller.kind === 'expired') return reply(401, { error: 'expired_token', error_description: 'The access token provided has expired.' }, null)
    if (caller.kind === 'unknown') return reply(401, { error: 'NO_AUTH_FOUND', error_description: 'Wrong authorization data' }, null)
    const { auth: _auth, ...params } = body
    const ctx: MethodContext = { portal: caller.portal, user: caller.user, params, clients: portal.clients }
    try {
      const result = method === 'batch' ? runBatch(ctx) : callMethod(method, ctx)
      reply(200, { result, time: started() }, caller.portal.memberId)
    } catch (error) {
      if (!(error instanceof PortalError)) throw error
      reply(error.status, { error: error.error, error_description: error.description }, caller.portal.memberId)
    }
  })
  return router
}
