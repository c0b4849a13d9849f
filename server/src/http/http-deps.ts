import type express from 'express'
import type pino from 'pino'
import type { TCrm, TReadyResponse, TRole } from '../../../shared/src/contract'
import type { Metrics } from '../metrics/create-metrics'
import type { CrmHooks } from '../services/crm-access/hooks'
import type { ResolveHost } from './auth/check-portal-host'
import type { EventStreams } from './mount-event-stream'

export type { BinaryDocument, HandlerInput, Handlers, ServiceRouteName } from '../services/handler-types'

import type { Handlers } from '../services/handler-types'

/** The installation a CRM account was linked to, as the store keeps it. */
export type InstallationRow = { id: string; role: TRole; partnerId: string | null; domain: string; isRevoked?: boolean }

export type InstallationLookup = {
  find(crm: TCrm, account: string): Promise<InstallationRow | null>
  /** Notes that a linked installation made an authenticated request (its "last seen"). */
  seen?(installationId: string): void
}

export type AmocrmConfig = { clientId: string; clientSecret: string; redirectUri: string }

export type HttpConfig = {
  adminToken?: string
  amocrm?: AmocrmConfig
  /** Lets Bitrix24 portals be reached over plain http: for local harnesses only. */
  b24AllowHttp: boolean
  /** Portal hosts the vendor trusts although they are not public cloud names (on-premise, the demo). */
  b24PortalHosts?: readonly string[]
  /** When set, only these origins get CORS answers; otherwise any https origin and local http ones. */
  corsOrigins?: string[]
  /** The relay's public URL: the OpenAPI document's server. */
  publicUrl?: string
}

export type HttpDeps = {
  handlers: Handlers
  installations: InstallationLookup
  config: HttpConfig
  /** The database kind once it answers, and next year's calendar notice for the operator. */
  checkReady(): Promise<Omit<TReadyResponse, 'status'>>
  logger: pino.Logger
  now?: () => Date
  /**
   * Checks a link code before a caller that is not linked yet is verified anywhere.
   * @throws AppError not_found, code_used, code_expired
   */
  checkLinkCode(code: string): Promise<void>
  /** Resolves a Bitrix24 portal's name before the relay connects to it (DNS unless a test says otherwise). */
  resolveHost?: ResolveHost
  /** Counts requests and serves /metrics to a scraper holding the token (METRICS_TOKEN). */
  metrics?: { metrics: Metrics; token: string }
  /** PGlite only: the data directory as a tar archive, for `GET /v1/admin/backup`. */
  dumpDataDir?: () => Promise<Buffer>
  /** What the CRMs call by themselves: amoCRM's OAuth redirect and webhook, Bitrix24's events (issue 12). */
  crmHooks?: CrmHooks
  /** The live-updates stream, `GET /v1/events`; absent where a relay has none. */
  eventStreams?: EventStreams
  /** Mounted after the API routes and before the 404 answer (widget pages, demo files). */
  extraRoutes?: (app: express.Express) => void
}
