import type express from 'express'
import { AppError, ROUTES } from '../../../shared/src/contract'
import type { HttpDeps } from './http-deps'

/** Liveness answers while the process runs; readiness only while the database answers. */
export const mountHealthRoutes = (app: express.Express, deps: Pick<HttpDeps, 'checkReady' | 'logger'>): void => {
  app.get(ROUTES.health.path, (_req, res) => {
    res.setHeader('Cache-Control', 'no-store')
    res.json({ status: 'ok' })
  })
  app.get(ROUTES.ready.path, async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store')
    const ready = await deps.checkReady().catch((error: unknown) => {
      if (error instanceof AppError) throw error
      deps.logger.warn({ err: error }, 'Readiness check failed')
      throw new AppError('unavailable', 'The database does not answer')
    })
    res.json({ status: 'ready', ...ready })
  })
}
