import express from 'express'
import { mountMetricsRoute } from '../metrics/mount-metrics-route'
import { createAuthenticator } from './auth/create-authenticator'
import { cors } from './cors'
import { errorMiddleware, notFound } from './error-middleware'
import type { HttpDeps } from './http-deps'
import { mountBackupRoute } from './mount-backup-route'
import { mountCrmHooks } from './mount-crm-hooks'
import { mountEventStream } from './mount-event-stream'
import { mountHealthRoutes } from './mount-health-routes'
import { mountServiceRoutes } from './mount-service-routes'
import { buildOpenApi, OPENAPI_PATH } from './openapi'
import { requestId } from './request-id'
import { apiHeaders, securityHeaders } from './security-headers'

/** The relay's HTTP app: every route of the contract, authenticated, validated and error-mapped. */
export const createHttpApp = (deps: HttpDeps): express.Express => {
  const app = express()
  app.disable('x-powered-by')
  // API answers are never cached, so hashing every body for an ETag is wasted work.
  app.set('etag', false)
  if (deps.metrics) app.use(deps.metrics.metrics.observeRequests)
  app.use(requestId, securityHeaders, cors(deps.config.corsOrigins))

  mountHealthRoutes(app, deps)
  if (deps.metrics) mountMetricsRoute(app, deps.metrics.metrics, deps.metrics.token)
  const openApi = buildOpenApi({ publicUrl: deps.config.publicUrl })
  app.get(OPENAPI_PATH, apiHeaders, (_req, res) => {
    res.json(openApi)
  })
  const authenticate = createAuthenticator(deps)
  if (deps.eventStreams) mountEventStream(app, deps.eventStreams, authenticate)
  mountServiceRoutes(app, deps, authenticate)
  mountBackupRoute(app, deps, authenticate)
  mountCrmHooks(app, deps)
  deps.extraRoutes?.(app)

  app.use(notFound)
  app.use(errorMiddleware(deps.logger))
  return app
}
