import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { databaseUrl, dropDatabase, onServer } from '../../test/support/postgres-admin'
import { openPglite } from '../src/store/open-pglite'
import { rawRequest, spawnRelay, tryConnect } from './support/spawn-relay'
import { AMO, amoToken } from './support/tokens'

const ADMIN_TOKEN = 'stop-test-admin-token-0123456789'
const serverUrl = process.env.TEST_DATABASE_URL
const engine = serverUrl ? 'postgres' : 'pglite'
const IN_FLIGHT = 16

let relay: Awaited<ReturnType<typeof spawnRelay>>
let cleanUp: () => Promise<void>
let database: { env: Record<string, string>; invoices: () => Promise<number> }

beforeAll(async () => {
  if (serverUrl) {
    const name = `relay_stop_${randomBytes(4).toString('hex')}`
    await onServer(serverUrl, (client) => client.query(`create database "${name}"`))
    const url = databaseUrl(serverUrl, name)
    const count = () => onServer(url, async (client) => Number((await client.query('select count(*) as n from invoices')).rows[0].n))
    database = { env: { DATABASE_URL: url }, invoices: count }
    cleanUp = async () => void (await dropDatabase(serverUrl, name))
  } else {
    const dir = await mkdtemp(path.join(tmpdir(), 'relay-stop-'))
    const count = async () => {
      const pglite = await openPglite({ dataDir: dir })
      const { rows } = await pglite.query<{ n: number }>('select count(*)::int as n from invoices')
      await pglite.close()
      return rows[0].n
    }
    database = { env: { DATA_DIR: dir }, invoices: count }
    cleanUp = () => rm(dir, { recursive: true, force: true })
  }
  relay = await spawnRelay({
    ...database.env,
    RELAY_ADMIN_TOKEN: ADMIN_TOKEN,
    AMOCRM_CLIENT_ID: AMO.clientId,
    AMOCRM_CLIENT_SECRET: AMO.clientSecret,
    AMOCRM_REDIRECT_URI: AMO.redirectUri,
  })
}, 120_000)
afterAll(async () => {
  relay?.kill()
  await cleanUp?.()
})

const call = async (method: string, target: string, headers: Record<string, string>, body?: unknown) => {
  const response = await fetch(relay.base + target, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = (await response.json()) as Record<string, any>
  if (response.status >= 300) throw new Error(`${method} ${target}: ${response.status} ${JSON.stringify(json)}`)
  return json
}
const admin = { authorization: `Bearer ${ADMIN_TOKEN}` }
const amo = async (accountId: string) => ({ 'x-auth-token': await amoToken({ accountId }) })

/** A partner with a pinned client, set up through the admin and CRM APIs as a vendor would. */
const setUp = async () => {
  const { partner } = await call('POST', '/v1/admin/partners', admin, { name: 'ООО «Партнёр»', inn: '7707083893', email: 'p@example.ru' })
  for (const [account, target] of [
    ['7001', { partnerId: partner.id }],
    ['7002', { role: 'vendor' }],
  ] as const) {
    const { code } = await call('POST', '/v1/admin/link-codes', admin, target)
    await call('POST', '/v1/installations', await amo(account), { code })
  }
  const accountNumber = '40001000'
  await call('POST', '/v1/clients', await amo('7001'), { accountNumber, name: 'ООО «Клиент»' })
  const { pin } = await call('POST', '/v1/pins', await amo('7001'), { accountNumber })
  await call('POST', `/v1/pins/${pin.id}/approve`, await amo('7002'), {})
  // Many of the same invoice at once on purpose: confirmed as no duplicates.
  const invoiceBody = JSON.stringify({ accountNumber, lines: [{ sku: 'atrealt-amocrm', quantity: 1, months: 1 }], confirmed: ['possible_duplicate'] })
  // The first invoice makes the year's number counter, which the PostgreSQL run holds locked.
  await call('POST', '/v1/invoices', await amo('7001'), JSON.parse(invoiceBody))
  return invoiceBody
}

test(`SIGTERM answers every request in flight, refuses new connections and exits 0 (${engine})`, async () => {
  const invoiceBody = await setUp()
  const token = await amo('7001')
  const invoice = (heldBack: number) =>
    rawRequest({
      port: relay.port,
      method: 'POST',
      path: '/v1/invoices',
      headers: { ...token, 'Content-Type': 'application/json' },
      body: invoiceBody,
      heldBack,
    })

  // On PostgreSQL, requests already inside the database: the test holds the number counter, so
  // they wait on its lock (the pool's connections) or for a connection.
  let holder: pg.Client | undefined
  const inDatabase: ReturnType<typeof invoice>[] = []
  if (serverUrl) {
    holder = new pg.Client({ connectionString: database.env.DATABASE_URL })
    holder.on('error', () => {})
    await holder.connect()
    await holder.query('begin')
    await holder.query('select * from invoice_counters for update')
    inDatabase.push(...Array.from({ length: IN_FLIGHT }, () => invoice(0)))
    await Promise.all(inDatabase.map((r) => r.continued))
    // Requests that got a pool connection wait on the lock, the others for a connection. How many
    // reach the lock first depends on the machine, so the test waits until the count has settled.
    let last = -1
    await expect
      .poll(
        async () => {
          const waiting = Number(
            (await holder!.query(`select count(*) as n from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()`)).rows[0].n,
          )
          const settled = waiting > 0 && waiting === last
          last = waiting
          return settled
        },
        { timeout: 45_000, interval: 1000 },
      )
      .toBe(true)
  }
  // On both engines, requests the relay has received but whose body is not complete: they reach
  // the database only after the signal, while the relay is stopping.
  const midBody = Array.from({ length: IN_FLIGHT }, () => invoice(1))
  await Promise.all(midBody.map((r) => r.continued))

  // A readiness probe half sent, and a keep-alive connection with nothing to answer.
  const probe = connect(relay.port, '127.0.0.1')
  let probeAnswer = ''
  probe.on('data', (chunk) => void (probeAnswer += chunk.toString()))
  probe.on('error', (error) => void (probeAnswer += `error ${error.message}`))
  const probeClosed = new Promise((resolve) => probe.once('close', resolve))
  probe.write('GET /readyz HTTP/1.1\r\nHost: 127.0.0.1\r\n')
  const idle = connect(relay.port, '127.0.0.1')
  const idleClosed = new Promise<number>((resolve) => idle.once('close', () => resolve(Date.now())))
  // The server may reset the idle connection rather than end it: either way it is gone.
  idle.on('error', () => {})
  idle.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n')
  await new Promise((resolve) => idle.once('data', resolve))

  const signalledAt = Date.now()
  relay.signal('SIGTERM')
  const stopping = await relay.logged('stopping')
  expect(await tryConnect(relay.port)).toBe('ECONNREFUSED')
  relay.signal('SIGTERM')
  await relay.logged('already stopping')

  probe.write('\r\n')
  await probeClosed
  for (const request of midBody) request.finish()
  await holder?.query('commit')
  await holder?.end()

  const answers = await Promise.all([...inDatabase, ...midBody].map((r) => r.answer))
  const { code, at } = await relay.exited
  const byStatus: Record<string, number> = {}
  for (const { status } of answers) byStatus[status] = (byStatus[status] ?? 0) + 1
  console.log(
    `graceful stop on ${engine}: ${answers.length} in flight at SIGTERM (${inDatabase.length} inside the database, ${midBody.length} mid-body), ` +
      `relay counted ${stopping.inFlight}; answers ${JSON.stringify(byStatus)}; exit ${code} after ${at - signalledAt} ms; idle keep-alive closed after ${(await idleClosed) - signalledAt} ms`,
  )
  expect(byStatus).toEqual({ 201: answers.length })
  expect(answers.every((a) => /connection: close/i.test(a.headers))).toBe(true)
  expect(probeAnswer).toMatch(/^HTTP\/1\.1 503/)
  expect(code).toBe(0)
  expect(relay.logs.map((l) => l.msg)).toContain('stopped')
  expect(await database.invoices()).toBe(1 + answers.length)
}, 120_000)
