import { expect, test } from 'vitest'
import { createTestDb } from '../../test/support/test-db'
import { startRelay } from './support/relay-under-test'

test('two relays on one database: the revoking relay refuses the next request at once; the other as soon as the revocation reaches it on PostgreSQL, at the latest when its 5 s cache entry expires (issue 10)', async () => {
  const store = await createTestDb()
  // Two relays behind one load balancer share the database; each closes only itself.
  const shared = { ...store, close: async () => {} }
  const at = '2026-04-27T10:00:00+03:00'
  const one = await startRelay({ at, store: shared })
  const other = await startRelay({ at, store: shared })
  try {
    const partner = await one.partner()
    const vendor = await one.vendor()
    const onOther = other.amo(
      String((await one.deps.db.selectFrom('installations').select('account').where('partner_id', '=', partner.id).executeTakeFirstOrThrow()).account),
    )
    // Both relays have the installation cached now.
    expect((await partner.call('GET', '/v1/me')).status).toBe(200)
    expect((await onOther.call('GET', '/v1/me')).status).toBe(200)

    const [installation] = (await vendor.call('GET', `/v1/partners/${partner.id}/installations`)).body.installations
    expect((await vendor.call('POST', `/v1/partners/${partner.id}/installations/${installation.id}/revoke`, { reason: 'Уволился' })).status).toBe(200)

    expect((await partner.call('GET', '/v1/me')).body.error.code).toBe('installation_revoked')
    if (store.databaseUrl) {
      // On PostgreSQL the revocation reaches the other relay through NOTIFY, in milliseconds, with its clock standing still.
      await expect.poll(async () => (await onOther.call('GET', '/v1/me')).status, { timeout: 2000, interval: 50 }).toBe(401)
    } else {
      // PGlite is one process's database, so two relays on it share no channel: the cache's 5 s are the bound.
      other.clock.set('2026-04-27T10:00:04+03:00')
      expect((await onOther.call('GET', '/v1/me')).status).toBe(200)
      other.clock.set('2026-04-27T10:00:05.001+03:00')
    }
    const refused = await onOther.call('GET', '/v1/me')
    expect(refused.status).toBe(401)
    expect(refused.body.error.code).toBe('installation_revoked')
  } finally {
    await other.close()
    await one.close()
    await store.close()
  }
})
