import type { AddressInfo } from 'node:net'
import pino from 'pino'
import { AppError, ROUTES, type TCrm } from '../../../../shared/src/contract'
import type { Ctx } from '../../services/context'
import { createHttpApp } from '../create-http-app'
import type { Handlers, HttpConfig, HttpDeps, InstallationRow, ServiceRouteName } from '../http-deps'
import { AMOCRM_CONFIG } from './sign-amocrm-token'

export const ADMIN_TOKEN = 'admin-4b8d1f6e9a2c7e5b3d0f8a1c6e9b2d4f'
export const FIXED_NOW = new Date('2026-04-30T09:00:00.000Z')

export type HandlerCall = { name: ServiceRouteName; ctx: Ctx; input: { params: Record<string, string>; body: unknown; query: unknown } }

type Options = {
  handlers?: Partial<Handlers>
  config?: Partial<HttpConfig>
  installations?: ({ crm: TCrm; account: string } & InstallationRow)[]
  checkReady?: HttpDeps['checkReady']
  extraRoutes?: HttpDeps['extraRoutes']
  /** The link codes a caller may use; any other is refused as the relay refuses an unknown code. */
  linkCodes?: string[]
  resolveHost?: HttpDeps['resolveHost']
}

export const TEST_LINK_CODE = 'LINK-7F3A'

/** The HTTP layer on a real socket, with handlers that echo what they were given. */
export const startTestRelay = async (options: Options = {}) => {
  const calls: HandlerCall[] = []
  const logs: string[] = []
  const linkChecks: string[] = []
  const clock = { now: FIXED_NOW }
  const echo = (name: ServiceRouteName) => async (ctx: Ctx, input: HandlerCall['input']) => {
    calls.push({ name, ctx, input })
    return { route: name, actor: ctx.actor, now: ctx.now.toISOString(), idempotencyKey: ctx.idempotencyKey ?? null, input }
  }
  const names = Object.keys(ROUTES).filter((name) => name !== 'health' && name !== 'ready') as ServiceRouteName[]
  const handlers = { ...Object.fromEntries(names.map((name) => [name, echo(name)])), ...options.handlers } as Handlers
  const rows = new Map((options.installations ?? []).map(({ crm, account, ...row }) => [`${crm}:${account}`, row]))

  const app = createHttpApp({
    handlers,
    installations: { find: async (crm, account) => rows.get(`${crm}:${account}`) ?? null },
    config: { adminToken: ADMIN_TOKEN, amocrm: AMOCRM_CONFIG, b24AllowHttp: false, ...options.config },
    checkReady: options.checkReady ?? (async () => ({ database: 'pglite', calendar: null })),
    logger: pino({ level: 'info' }, { write: (line: string) => void logs.push(line) }),
    now: () => clock.now,
    extraRoutes: options.extraRoutes,
    checkLinkCode: async (code) => {
      linkChecks.push(code)
      if (!(options.linkCodes ?? [TEST_LINK_CODE]).includes(code)) throw new AppError('not_found', 'No such link code: check it with the vendor')
    },
    resolveHost: options.resolveHost,
  })
  const server = app.listen(0, '127.0.0.1')
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    logs,
    linkChecks,
    clock,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

export type TestRelay = Awaited<ReturnType<typeof startTestRelay>>
