import type { RequestHandler } from 'express'
import { type Kysely, sql } from 'kysely'
import type { Logger } from 'pino'
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client'
import { MAX_ATTEMPTS } from '../jobs/deliver-outbox'
import type { JobRun } from '../jobs/start-jobs'
import type { PoolStats } from '../store/pool-stats'
import type { Database } from '../store/schema'

type MetricsOptions = {
  db: Kysely<Database>
  poolStats?: () => PoolStats
  logger: Logger
}

/** Requests that matched no route share one label, so a scanner's paths cannot grow the series. */
const UNMATCHED = 'unmatched'

/**
 * The relay's vital signs in a registry of its own (several relays in one test process do not
 * collide): requests by route template and status, the database's connections, the jobs, the
 * outbox, and Node's process metrics.
 */
export const createMetrics = ({ db, poolStats, logger }: MetricsOptions) => {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry })
  const registers = [registry]

  const labelNames = ['method', 'route', 'status'] as const
  const requests = new Counter({ name: 'http_requests_total', help: 'HTTP requests answered, by route template and status', labelNames, registers })
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from a request to the end of its answer, by route template and status',
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  })
  const inFlight = new Gauge({ name: 'http_requests_in_flight', help: 'Requests received and not yet answered', registers })

  new Gauge({
    name: 'relay_db_connections',
    help: 'Database connections by state; PGlite is one session, in use while a query or transaction holds it',
    labelNames: ['state'] as const,
    registers,
    collect() {
      const stats = poolStats?.()
      if (!stats) return
      this.set({ state: 'in_use' }, stats.total - stats.idle)
      this.set({ state: 'idle' }, stats.idle)
    },
  })
  new Gauge({
    name: 'relay_db_waiting',
    help: 'Queries waiting for a database connection',
    registers,
    collect() {
      const stats = poolStats?.()
      if (stats) this.set(stats.waiting)
    },
  })

  const jobLabels = ['job'] as const
  const jobRuns = new Counter({
    name: 'relay_job_runs_total',
    help: 'Job steps run by this relay (a step another relay ran under the lock counts as run)',
    labelNames: jobLabels,
    registers,
  })
  const jobFailures = new Counter({ name: 'relay_job_failures_total', help: 'Job steps that failed', labelNames: jobLabels, registers })
  const jobDuration = new Histogram({
    name: 'relay_job_duration_seconds',
    help: 'Time a job step took',
    labelNames: jobLabels,
    buckets: [0.01, 0.05, 0.25, 1, 5, 30, 120],
    registers,
  })
  const startedAt = Date.now()
  const lastOk = new Map<string, number>()
  new Gauge({
    name: 'relay_job_lag_seconds',
    help: 'Seconds since the job last ended without failure (since the relay started, if it has not yet)',
    labelNames: jobLabels,
    registers,
    collect() {
      const now = Date.now()
      for (const [job, at] of lastOk) this.set({ job }, (now - at) / 1000)
    },
  })
  const onJobRun = ({ job, isOk, endedAt, seconds }: JobRun) => {
    jobRuns.inc({ job })
    jobDuration.observe({ job }, seconds)
    // A failure count of 0 is written too: an alert on it needs the series before the first failure.
    jobFailures.inc({ job }, isOk ? 0 : 1)
    if (isOk) lastOk.set(job, endedAt)
    else if (!lastOk.has(job)) lastOk.set(job, startedAt)
  }

  const outbox = new Gauge({
    name: 'relay_outbox_messages',
    help: `Unsent outbox e-mails: backlog (to be sent), retrying (the last send failed), gave_up (failed ${MAX_ATTEMPTS} times)`,
    labelNames: ['state'] as const,
    registers,
    async collect() {
      try {
        const { rows } = await sql<{ backlog: string; retrying: string; gave_up: string }>`
          select count(*) filter (where attempts < ${MAX_ATTEMPTS}) as backlog,
                 count(*) filter (where attempts < ${MAX_ATTEMPTS} and last_error is not null) as retrying,
                 count(*) filter (where attempts >= ${MAX_ATTEMPTS}) as gave_up
          from outbox where sent_at is null`.execute(db)
        for (const state of ['backlog', 'retrying', 'gave_up'] as const) outbox.set({ state }, Number(rows[0][state]))
      } catch (error) {
        // The other figures still matter most when the database does not answer.
        logger.warn({ err: error }, 'metrics: the outbox could not be counted')
      }
    },
  })

  /** Counts every request under its route template once it has been answered (or dropped). */
  const observeRequests: RequestHandler = (req, res, next) => {
    const end = duration.startTimer()
    inFlight.inc()
    res.once('close', () => {
      inFlight.dec()
      const route = req.route ? `${req.baseUrl}${String(req.route.path)}` : UNMATCHED
      const labels = { method: req.method, route, status: res.writableFinished ? String(res.statusCode) : 'aborted' }
      requests.inc(labels)
      end(labels)
    })
    next()
  }

  return { registry, observeRequests, onJobRun }
}

export type Metrics = ReturnType<typeof createMetrics>
