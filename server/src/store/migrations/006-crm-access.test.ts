import { randomUUID } from 'node:crypto'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { createTestDb } from '../../../../test/support/test-db'
import type { Db } from '../create-db'

let store: Db
let installationId: string
beforeEach(async () => {
  store = await createTestDb()
  installationId = randomUUID()
  await store.db
    .insertInto('installations')
    .values({ id: installationId, crm: 'amocrm', account: '1', domain: 'partner', role: 'vendor', partner_id: null })
    .execute()
})
afterEach(() => store.close())

const row = (values: { state: 'active' | 'needs-reauthorisation' | 'revoked'; tokens: boolean }) =>
  store.db
    .insertInto('crm_access')
    .values({
      installation_id: installationId,
      crm: 'amocrm',
      api_host: 'partner.amocrm.ru',
      state: values.state,
      access_token: values.tokens ? 'v1:sealed-a' : null,
      refresh_token: values.tokens ? 'v1:sealed-r' : null,
      access_expires_at: values.tokens ? new Date('2026-04-29T07:00:00Z') : null,
      updated_at: new Date('2026-04-28T07:00:00Z'),
    })
    .execute()

test.each([
  { label: 'active without tokens', state: 'active' as const, tokens: false },
  { label: 'needing re-authorisation with tokens kept', state: 'needs-reauthorisation' as const, tokens: true },
  { label: 'revoked with tokens kept', state: 'revoked' as const, tokens: true },
])('the table refuses an installation $label: tokens exist only while access is active (issue 12)', async (values) => {
  await expect(row(values)).rejects.toThrow()
})

test('access goes with its installation', async () => {
  await row({ state: 'active', tokens: true })
  await store.db.deleteFrom('installations').where('id', '=', installationId).execute()
  expect(await store.db.selectFrom('crm_access').selectAll().execute()).toEqual([])
})
