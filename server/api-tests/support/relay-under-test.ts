import type { AddressInfo } from 'node:net'
import pino from 'pino'
import { createTestDb } from '../../../test/support/test-db'
import { readConfig } from '../../src/config'
import { createRelay } from '../../src/create-relay'
import type { Db } from '../../src/store/create-db'
import { AMO, amoToken } from './tokens'

export const ADMIN_TOKEN = 'test-admin-token-0123456789'

const W10 = [2, 4, 10, 3, 5, 9, 4, 6, 8]

/** The n-th made-up organisation INN: nine digits from n, then its check digit (AT-1.1). */
export const validInn = (n: number) => {
  const body = String(500_000_000 + n).padStart(9, '0')
  const check = (W10.reduce((sum, weight, i) => sum + weight * Number(body[i]), 0) % 11) % 10
  return `${body}${check}`
}

/** A settable clock: rules see only what the test says the time is. */
export const createClock = (iso: string) => {
  let now = new Date(iso)
  return { now: () => now, set: (next: string) => void (now = new Date(next)) }
}

type Json = Record<string, any>
export type Answer = { status: number; body: Json; headers: Headers }
export type Crm = { call: (method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<Answer>; account?: string }

/**
 * The real relay (Express, services, SQL) on a fresh database, listening on 127.0.0.1, with
 * helpers that call it the way amoCRM, Bitrix24 and the admin CLI do.
 */
export const startRelay = async ({
  program = 'atrealt',
  at = '2026-04-28T10:00:00+03:00',
  env = {},
  runJobs = false,
  store,
  logger = pino({ level: 'silent' }),
}: {
  program?: string
  at?: string
  env?: Record<string, string>
  runJobs?: boolean
  store?: Db
  /** The relay's logger: a test reading the log lines passes one that collects them. */
  logger?: pino.Logger
} = {}) => {
  const clock = createClock(at)
  const config = readConfig({
    PROGRAM: program,
    RELAY_ADMIN_TOKEN: ADMIN_TOKEN,
    AMOCRM_CLIENT_ID: AMO.clientId,
    AMOCRM_CLIENT_SECRET: AMO.clientSecret,
    AMOCRM_REDIRECT_URI: AMO.redirectUri,
    B24_ALLOW_HTTP: '0',
    DEMO: '0',
    ...env,
  })
  // Portal names resolve to a public address as on the internet; msw answers before any connection.
  const resolveHost = async () => [{ address: '93.158.134.3', family: 4 }]
  const relay = await createRelay({ config, logger, now: clock.now, runJobs, store: store ?? (await createTestDb()), resolveHost })
  const server = relay.app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  const request = async (
    method: string,
    path: string,
    { headers = {}, body, raw }: { headers?: Record<string, string>; body?: unknown; raw?: string } = {},
  ): Promise<Answer> => {
    const response = await fetch(base + path, {
      method,
      headers: { ...(body !== undefined || raw !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
    })
    const type = response.headers.get('content-type') ?? ''
    const parsed = type.includes('json') ? await response.json() : { bytes: Buffer.from(await response.arrayBuffer()) }
    return { status: response.status, body: parsed, headers: response.headers }
  }
  const admin = (method: string, path: string, body?: unknown) => request(method, path, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` }, body })

  /** A CRM account as the relay sees it through amoCRM's disposable token. */
  const amo = (accountId: string): Crm => ({
    account: accountId,
    call: async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
      request(method, path, { headers: { 'x-auth-token': await amoToken({ accountId, now: clock.now() }), ...headers }, body }),
  })

  let partnersMade = 0
  const createPartner = async (overrides: Json = {}) => {
    // One partner per INN: the first keeps the well-known one, the others get their own.
    const inn = partnersMade++ === 0 ? '7707083893' : validInn(partnersMade)
    const answer = await admin('POST', '/v1/admin/partners', { name: 'ООО «Партнёр»', inn, email: 'p@example.ru', ...overrides })
    if (answer.status !== 201) throw new Error(`createPartner: ${JSON.stringify(answer.body)}`)
    return answer.body.partner as Json
  }
  const link = async (accountId: string, target: { partnerId: string } | { role: 'vendor' }) => {
    const code = await admin('POST', '/v1/admin/link-codes', target)
    const linked = await amo(accountId).call('POST', '/v1/installations', { code: code.body.code })
    if (linked.status !== 201) throw new Error(`link: ${JSON.stringify(linked.body)}`)
    return amo(accountId)
  }
  let nextAccount = 7000
  /** A new partner linked to a new amoCRM account. */
  const partner = async (overrides: Json = {}) => {
    const created = await createPartner(overrides)
    const crm = await link(String(nextAccount++), { partnerId: created.id })
    return { ...crm, id: created.id as string, partner: created }
  }
  const vendor = () => link(String(nextAccount++), { role: 'vendor' })

  return {
    base,
    clock,
    deps: relay.deps,
    request,
    admin,
    amo,
    partner,
    vendor,
    createPartner,
    link,
    /** How many live-updates streams the relay holds open. */
    openStreams: relay.openStreams,
    close: async () => {
      // Live streams never end by themselves: the relay ends them as it stops, then the listener closes.
      relay.beginStop()
      await new Promise((resolve) => server.close(resolve))
      await relay.close()
    },
  }
}

export type RelayUnderTest = Awaited<ReturnType<typeof startRelay>>

let accountSeq = 50_000_000

/** Registers a client for the partner and answers its account number. */
export const registerClient = async (crm: Crm, extra: Record<string, unknown> = {}) => {
  const accountNumber = String(accountSeq++)
  const answer = await crm.call('POST', '/v1/clients', { accountNumber, name: 'ООО «Клиент»', ...extra })
  if (answer.status !== 201) throw new Error(`registerClient: ${JSON.stringify(answer.body)}`)
  return accountNumber
}

/** A client registered by the partner and pinned to it by vendor staff. */
export const pinnedClient = async (relay: RelayUnderTest, crm: Crm) => {
  const accountNumber = await registerClient(crm)
  const { body } = await crm.call('POST', '/v1/pins', { accountNumber })
  const vendor = await relay.vendor()
  await vendor.call('POST', `/v1/pins/${body.pin.id}/approve`, {})
  return { accountNumber, vendor }
}

const DAY_MS = 86_400_000

/**
 * A repeat violation (AT-4.1, AG-1.5): one recorded today, then, a day after the partner was told
 * of it, another. Moves the relay's clock on by that day. Answers the second recording.
 */
export const repeatViolation = async (
  relay: RelayUnderTest,
  vendor: Crm,
  partnerId: string,
  [first, second]: [{ rule: string; note: string }, { rule: string; note: string }],
) => {
  const recorded = await vendor.call('POST', `/v1/partners/${partnerId}/violations`, first)
  if (recorded.status !== 201) throw new Error(`repeatViolation: ${JSON.stringify(recorded.body)}`)
  relay.clock.set(new Date(relay.clock.now().getTime() + DAY_MS).toISOString())
  return vendor.call('POST', `/v1/partners/${partnerId}/violations`, second)
}
