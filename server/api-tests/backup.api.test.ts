import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { testDbKind } from '../../test/support/test-db'
import { restoreDataDir } from '../src/admin/restore-data-dir'
import { createDb } from '../src/store/create-db'
import { DataDirInUseError } from '../src/store/data-dir-lock'
import { type Crm, pinnedClient, type RelayUnderTest, registerClient, startRelay } from './support/relay-under-test'

const line = { sku: 'atrealt-amocrm', quantity: 2, months: 12 }

/** Everything a restore must bring back, as the API and the ledger tables show it. */
const snapshot = async (relay: RelayUnderTest, vendor: Crm, partnerIds: string[]) => ({
  invoices: (await vendor.call('GET', '/v1/invoices')).body,
  pins: (await vendor.call('GET', '/v1/pins')).body,
  ledgers: await Promise.all(partnerIds.map(async (id) => (await vendor.call('GET', `/v1/ledger?partnerId=${id}&limit=500`)).body)),
  counters: await relay.deps.db.selectFrom('invoice_counters').selectAll().orderBy('year').execute(),
  balances: (
    await sql<{
      account: string
      balance: string
    }>`select account, sum(amount_kop)::text as balance from ledger_postings group by account order by account`.execute(relay.deps.db)
  ).rows,
})

describe.runIf(testDbKind() === 'pglite')('backup and restore of the embedded database', () => {
  let dir: string
  let relay: RelayUnderTest
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'relay-backup-'))
    // The run's migrated template, restored into a data directory, spares this test an initdb.
    const template = inject('relayTestTemplate')
    const archive = template?.kind === 'pglite' ? await readFile(template.tarballPath) : undefined
    if (archive) await restoreDataDir({ archive, dataDir: path.join(dir, 'live') })
    relay = await startRelay({ store: await createDb({ dataDir: path.join(dir, 'live') }) })
  }, 120_000)
  afterAll(async () => {
    await relay?.close()
    await rm(dir, { recursive: true, force: true })
  })

  test('a relay restored from a backup taken while it ran holds every invoice, pin, number and balance', { timeout: 120_000 }, async () => {
    const alpha = await relay.partner({ name: 'ООО «Альфа»' })
    const beta = await relay.partner({ name: 'ООО «Бета»', inn: '500100732259' })
    const { accountNumber, vendor } = await pinnedClient(relay, alpha)
    const invoices = []
    // Four of the same lines on purpose, confirmed as no duplicates.
    const body = { accountNumber, lines: [line], confirmed: ['possible_duplicate'] }
    for (let i = 0; i < 4; i++) invoices.push((await alpha.call('POST', '/v1/invoices', body)).body.invoice)
    await alpha.call('POST', `/v1/invoices/${invoices[0].id}/client-payment`, { paidOn: '2026-04-27' })
    await vendor.call('POST', `/v1/invoices/${invoices[0].id}/transfer`, { receivedOn: '2026-04-28' })
    await alpha.call('POST', `/v1/invoices/${invoices[1].id}/client-payment`, { paidOn: '2026-04-28' })
    await vendor.call('POST', `/v1/invoices/${invoices[2].id}/void`, { reason: 'Ошибка в количестве' })
    const requested = await beta.call('POST', '/v1/pins', { accountNumber: await registerClient(beta) })
    expect(requested.body.pin.state).toBe('requested')
    const before = await snapshot(relay, vendor, [alpha.id, beta.id])
    expect(before.invoices.invoices).toHaveLength(4)

    // Writes go on while the backup is taken: it holds only whole transactions.
    const [backup] = await Promise.all([relay.admin('GET', '/v1/admin/backup'), alpha.call('POST', '/v1/quotes', { accountNumber, lines: [line] })])
    expect(backup.status).toBe(200)
    expect(backup.headers.get('content-type')).toBe('application/gzip')
    expect(backup.headers.get('content-disposition')).toBe('attachment; filename=partner-relay-20260428T070000Z.tar.gz')
    const archive: Buffer = backup.body.bytes

    await expect(restoreDataDir({ archive, dataDir: path.join(dir, 'live'), force: true })).rejects.toThrow(DataDirInUseError)
    const { restored, keptAside } = await restoreDataDir({ archive, dataDir: path.join(dir, 'restored') })
    expect(restored).toMatchObject({ partners: 2, invoices: 4, ledgerSumKop: 0n })
    expect(keptAside).toBeUndefined()
    await expect(restoreDataDir({ archive, dataDir: path.join(dir, 'restored') })).rejects.toThrow(
      /holds 2 partners, 4 invoices, \d+ ledger postings: restore over it with --force/,
    )

    const copy = await startRelay({ store: await createDb({ dataDir: path.join(dir, 'restored') }) })
    try {
      const vendorOnCopy = copy.amo(await accountOf(relay, 'vendor'))
      expect(await snapshot(copy, vendorOnCopy, [alpha.id, beta.id])).toEqual(before)
      // The number sequence goes on where it was, on both.
      const next = (crm: Crm) => crm.call('POST', '/v1/invoices', body).then((a) => a.body.invoice.number)
      expect(await next(copy.amo(await accountOf(relay, alpha.id)))).toBe(await next(alpha))
    } finally {
      await copy.close()
    }
  })
})

test('a backup needs the admin token; on PostgreSQL the relay points at pg_dump', async () => {
  const relay = await startRelay()
  try {
    expect((await relay.request('GET', '/v1/admin/backup')).status).toBe(401)
    if (testDbKind() === 'postgres') {
      const answer = await relay.admin('GET', '/v1/admin/backup')
      expect(answer.status).toBe(409)
      expect(answer.body.error.message).toMatch(/pg_dump/)
    }
  } finally {
    await relay.close()
  }
})

/** The amoCRM account an installation of the partner (or of the vendor) was linked from. */
const accountOf = async (relay: RelayUnderTest, partnerIdOrVendor: string) => {
  const query = relay.deps.db.selectFrom('installations').select('account').where('crm', '=', 'amocrm')
  const row = await (partnerIdOrVendor === 'vendor'
    ? query.where('role', '=', 'vendor')
    : query.where('partner_id', '=', partnerIdOrVendor)
  ).executeTakeFirstOrThrow()
  return row.account
}
