import type express from 'express'
import type pino from 'pino'
import type { z } from 'zod'
import type { ROUTES, RouteName, TCrm, TRole } from '../../../shared/src/contract'
import type { Ctx } from '../services/context'
import type { ResolveHost } from './auth/check-portal-host'

/** Liveness and readiness are answered by the HTTP layer itself; every other route has a handler. */
export type ServiceRouteName = Exclude<RouteName, 'health' | 'ready'>

type Parsed<R, K extends 'body' | 'query'> = R extends { [P in K]: infer S extends z.core.$ZodType } ? z.output<S> : undefined

export type HandlerInput<K extends RouteName> = {
  params: Record<string, string>
  body: Parsed<(typeof ROUTES)[K], 'body'>
  query: Parsed<(typeof ROUTES)[K], 'query'>
}

/** What a route with `produces: 'application/pdf'` returns instead of a JSON value. */
export type BinaryDocument = { contentType: string; filename: string; body: Buffer }

/** One use case per route. JSON results may hold `bigint`s: they are sent as JSON numbers. */
export type Handlers = { [K in ServiceRouteName]: (ctx: Ctx, input: HandlerInput<K>) => Promise<unknown> }

/** The installation a CRM account was linked to, as the store keeps it. */
export type InstallationRow = { id: string; role: TRole; partnerId: string | null; domain: string }

export type InstallationLookup = {
  find(crm: TCrm, account: string): Promise<InstallationRow | null>
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
}

export type HttpDeps = {
  handlers: Handlers
  installations: InstallationLookup
  config: HttpConfig
  checkReady(): Promise<'pglite' | 'postgres'>
  logger: pino.Logger
  now?: () => Date
  /**
   * Checks a link code before a caller that is not linked yet is verified anywhere.
   * @throws AppError not_found, code_used, code_expired
   */
  checkLinkCode(code: string): Promise<void>
  /** Resolves a Bitrix24 portal's name before the relay connects to it (DNS unless a test says otherwise). */
  resolveHost?: ResolveHost
  /** Mounted after the API routes and before the 404 answer (widget pages, demo files). */
  extraRoutes?: (app: express.Express) => void
}
