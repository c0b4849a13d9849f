// `npx tsx server/bench/backup-restore.ts <dataDir> [invoices]`: fills a PGlite data directory with
// the demo and N invoices (default 10 000), then times a backup through the running relay's admin
// API and the figures a restore needs. Not part of the test suite: it takes minutes.
import { writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import pino from 'pino'
import { readConfig } from '../src/config'
import { createRelay } from '../src/create-relay'
import { DEMO_IDENTITIES } from '../src/demo/demo-identities'
import { seedDemo } from '../src/demo/seed-demo'
import { createInvoice } from '../src/services/invoices/create-invoice'
import { createDb } from '../src/store/create-db'
import { findInstallation } from '../src/store/queries/installations'

const [dataDir = './data/bench-backup', count = '10000'] = process.argv.slice(2)
const TOKEN = 'bench-admin-token-0123456789'
const config = readConfig({ DATA_DIR: dataDir, DEMO: '0', RELAY_ADMIN_TOKEN: TOKEN })
const store = await createDb({ dataDir })
const relay = await createRelay({ config, logger: pino({ level: 'warn' }), runJobs: false, store })
const now = new Date()
await seedDemo(relay.deps, now, 'localhost:8787')
const alpha = (await findInstallation(relay.deps.db, 'amocrm', DEMO_IDENTITIES.alpha.amocrm))!
const ctx = {
  actor: {
    kind: 'partner' as const,
    crm: 'amocrm' as const,
    account: DEMO_IDENTITIES.alpha.amocrm,
    userId: '1',
    installationId: alpha.id,
    partnerId: alpha.partnerId!,
  },
  now,
}
const sku = relay.deps.program.products[0].sku
const have = Number(
  (
    await relay.deps.db
      .selectFrom('invoices')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow()
  ).n,
)
let startedAt = performance.now()
for (let i = have; i < Number(count); i += 8) {
  await Promise.all(
    Array.from({ length: Math.min(8, Number(count) - i) }, () =>
      // Ten thousand of the same invoice are the point here: confirmed as no duplicates.
      createInvoice(relay.deps, ctx, { accountNumber: '31000001', lines: [{ sku, quantity: 1, months: 12 }], confirmed: ['possible_duplicate'] }),
    ),
  )
}
console.log(`filled to ${count} invoices in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`)

const server = relay.app.listen(0, '127.0.0.1')
await new Promise((resolve) => server.once('listening', resolve))
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
startedAt = performance.now()
const backup = fetch(`${base}/v1/admin/backup`, { headers: { authorization: `Bearer ${TOKEN}` } }).then((r) => r.arrayBuffer())
// A request that arrives during the backup waits for it: its latency is the pause clients see.
await new Promise((resolve) => setTimeout(resolve, 50))
const probeAt = performance.now()
await fetch(`${base}/readyz`)
const probeMs = performance.now() - probeAt
const archive = Buffer.from(await backup)
console.log(
  `online backup: ${(archive.length / 1e6).toFixed(1)} MB in ${((performance.now() - startedAt) / 1000).toFixed(1)} s; /readyz during it took ${probeMs.toFixed(0)} ms`,
)
writeFileSync(`${dataDir}.online.tar.gz`, archive)
server.close()
await relay.close()
