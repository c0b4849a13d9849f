import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type express from 'express'
import nodemailer from 'nodemailer'
import type { Logger } from 'pino'
import type { TCrm } from '../../shared/src/contract'
import { AppError } from '../../shared/src/contract'
import { loadCalendars, loadProgram, type RelayConfig } from './config'
import { calendarNotice } from './domain/calendar/calendar-notice'
import { todayIn } from './domain/calendar/today-in'
import { cachedInstallations } from './http/auth/cached-installations'
import type { ResolveHost } from './http/auth/check-portal-host'
import { createHttpApp } from './http/create-http-app'
import { recountDeadlines } from './jobs/recount-deadlines'
import { startJobs } from './jobs/start-jobs'
import { createMetrics } from './metrics/create-metrics'
import { createCrmHooks } from './services/crm-access/hooks'
import type { Deps } from './services/deps'
import { redeemStreamTicket } from './services/events/stream-ticket'
import { createHandlers } from './services/handlers'
import { checkLinkCode } from './services/installations/check-link-code'
import { createDb } from './store/create-db'
import { inProcessBus, postgresBus } from './store/live-bus'
import { migrateToLatest } from './store/migrate'

type Store = Awaited<ReturnType<typeof createDb>>

const SERVER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

type RelayOptions = {
  config: RelayConfig
  logger: Logger
  /** Tests pass a fixed clock; the relay reads the time only here and hands it down. */
  now?: () => Date
  /** Runs the periodic passes (off in tests that drive them by hand). */
  runJobs?: boolean
  extraRoutes?: (app: express.Express, deps: Deps) => void
  /** An already open database (tests hand in a fresh one); otherwise opened from the config. */
  store?: Store
  /** How Bitrix24 portal names resolve: DNS unless a test plays it. */
  resolveHost?: ResolveHost
}

/**
 * Builds a relay: program and calendars validated, database migrated, HTTP app wired to the use
 * cases, jobs started. A bad program or calendar file stops the start with the bad field's path.
 */
export const createRelay = async ({ config, logger, now = () => new Date(), runJobs = true, extraRoutes, store: given, resolveHost }: RelayOptions) => {
  const program = loadProgram(config.program)
  const calendars = loadCalendars(config.calendarsDir ?? path.join(SERVER_DIR, 'calendars'), program.calendar)
  const store = given ?? (await createDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }))
  await migrateToLatest(store.db)
  const crmAccess = { keys: config.secretKeys, amocrm: config.amocrm, bitrix24: { oauthUrl: config.bitrix24OAuth.url, client: config.bitrix24OAuth.client } }
  const installations = cachedInstallations(store.db, now, logger)
  // Live updates: across relays through the database on PostgreSQL, within the process on PGlite.
  const live = store.databaseUrl ? await postgresBus({ db: store.db, databaseUrl: store.databaseUrl, logger }) : inProcessBus()
  // A revoked or re-linked CRM account leaves this relay's cache at once and every other relay's as
  // soon as the change reaches it, not after the cache's seconds (issue 10).
  live.subscribe((event) => {
    if (event.kind !== 'installation' || !event.account) return
    const [crm, account] = event.account.split(/:(.*)/s)
    installations.forget(crm as TCrm, account)
  })
  const forgetInstallation = (crm: TCrm, account: string) => {
    installations.forget(crm, account)
    live.publish({ kind: 'installation', account: `${crm}:${account}`, partnerId: null })
  }
  const deps: Deps = { db: store.db, program, calendars, logger, crmAccess, forgetInstallation, live }
  const eventStreams = {
    bus: live,
    redeem: (ticket: string) => redeemStreamTicket(deps, ticket, now()),
    open: new Set<{ end: () => void }>(),
    isAccepting: () => !isStopping,
  }
  // The calendar files may have changed since the last start (a new year, a decree in): X-7.
  const recounted = await recountDeadlines(deps)
  if (recounted.changed > 0) logger.info({ changed: recounted.changed }, 'transfer deadlines counted again on the calendar files in force')
  const metrics = config.metricsToken ? createMetrics({ db: store.db, poolStats: store.poolStats, logger }) : undefined
  let isStopping = false
  const checkReady = async () => {
    // A stopping relay tells the load balancer to send no more, while it answers what it has.
    if (isStopping) throw new AppError('unavailable', 'The relay is stopping')
    await store.db.selectFrom('invoice_counters').select('year').limit(1).execute()
    return { database: store.kind, calendar: calendarNotice({ today: todayIn(program.timeZone, now()), calendars }) }
  }
  const app = createHttpApp({
    handlers: createHandlers(deps),
    installations,
    config: {
      adminToken: config.adminToken,
      amocrm: config.amocrm,
      b24AllowHttp: config.b24AllowHttp,
      b24PortalHosts: config.b24PortalHosts,
      corsOrigins: config.corsOrigins,
      publicUrl: config.publicUrl,
    },
    checkLinkCode: (code) => checkLinkCode(deps, code, now()),
    crmHooks: createCrmHooks(deps),
    resolveHost,
    checkReady,
    dumpDataDir: store.dumpDataDir,
    logger,
    now,
    metrics: metrics && config.metricsToken ? { metrics, token: config.metricsToken } : undefined,
    extraRoutes: extraRoutes && ((app) => extraRoutes(app, deps)),
    eventStreams,
  })
  const mailer = config.smtpUrl ? { transport: nodemailer.createTransport(config.smtpUrl), from: config.smtpFrom } : undefined
  const jobs = runJobs ? startJobs({ deps, mailer, now, onJobRun: metrics?.onJobRun }) : null
  let jobsStopped: Promise<void> | undefined
  /** Readiness answers 503 from now on, and jobs start no new step. */
  const beginStop = () => {
    isStopping = true
    // A live stream never ends by itself: end each one so the listener can drain.
    for (const stream of eventStreams.open) stream.end()
    jobsStopped ??= jobs?.stop() ?? Promise.resolve()
  }
  return {
    app,
    deps,
    kind: store.kind,
    /** How many live-updates streams this relay holds open now. */
    openStreams: () => eventStreams.open.size,
    beginStop,
    /** Waits for the job step under way, then closes the database. */
    close: async () => {
      beginStop()
      await jobsStopped
      await live.close()
      await store.close()
    },
  }
}
