import { createHash, timingSafeEqual } from 'node:crypto'
import type express from 'express'
import { AppError } from '../../../shared/src/contract'
import type { Metrics } from './create-metrics'

export const METRICS_PATH = '/metrics'

// Hashing first gives both sides the same length, so the comparison leaks neither content nor length.
const digest = (value: string) => createHash('sha256').update(value).digest()

/**
 * `GET /metrics` in the Prometheus text format, for a scraper holding `Bearer <METRICS_TOKEN>`.
 * Not mounted at all without a token: the relay then answers 404 as for any unknown path.
 */
export const mountMetricsRoute = (app: express.Express, metrics: Metrics, token: string) => {
  app.get(METRICS_PATH, async (req, res) => {
    const presented = /^Bearer +(\S+) *$/i.exec(req.get('authorization') ?? '')?.[1] ?? ''
    if (!timingSafeEqual(digest(presented), digest(token))) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"')
      throw new AppError('unauthenticated', 'Send Authorization: Bearer <METRICS_TOKEN>')
    }
    const body = await metrics.registry.metrics()
    res.setHeader('Cache-Control', 'no-store')
    res.type(metrics.registry.contentType).send(body)
  })
}
