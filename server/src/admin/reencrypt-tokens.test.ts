import { randomBytes, randomUUID } from 'node:crypto'
import pino from 'pino'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { createTestDb } from '../../../test/support/test-db'
import { loadCalendars, loadProgram } from '../config'
import { freshAccessToken } from '../services/crm-access/steps/refresh-access'
import { storeGrant } from '../services/crm-access/steps/store-grant'
import type { SecretKeys } from '../services/crm-access/steps/token-box'
import type { Deps } from '../services/deps'
import type { Db } from '../store/create-db'
import { reencryptTokens } from './reencrypt-tokens'

const OLD = randomBytes(32)
const NEW = randomBytes(32)
const NOW = new Date('2026-04-28T07:00:00Z')
const program = loadProgram('atrealt')
const calendars = loadCalendars('server/calendars', 'ru')

let store: Db
beforeEach(async () => {
  store = await createTestDb()
})
afterEach(() => store.close())

const depsWith = (keys: SecretKeys): Deps => ({
  db: store.db,
  program,
  calendars,
  logger: pino({ level: 'silent' }),
  crmAccess: { keys, bitrix24: { oauthUrl: 'https://oauth.b24.test' } },
})

test('tokens sealed under the previous key are sealed again under the current one; the previous key can then go (issue 12)', async () => {
  const installationId = randomUUID()
  await store.db
    .insertInto('installations')
    .values({ id: installationId, crm: 'bitrix24', account: 'm1', domain: 'p.bitrix24.ru', role: 'vendor', partner_id: null })
    .execute()
  const grant = { accessToken: 'access-under-old-key', refreshToken: 'refresh-under-old-key', expiresAt: new Date(NOW.getTime() + 3_600_000) }
  await storeGrant(depsWith({ current: OLD }), { installationId, crm: 'bitrix24', apiHost: 'p.bitrix24.ru', grant, now: NOW, actor: { kind: 'system' } })
  await expect(freshAccessToken(depsWith({ current: NEW }), installationId, NOW)).rejects.toThrow(/RELAY_SECRET_KEY_PREVIOUS/)

  expect(await reencryptTokens(store.db, { current: NEW, previous: OLD })).toEqual({ reencrypted: 1, total: 1 })
  expect((await freshAccessToken(depsWith({ current: NEW }), installationId, NOW)).accessToken).toBe('access-under-old-key')
  // A second run has nothing left to do.
  expect(await reencryptTokens(store.db, { current: NEW, previous: OLD })).toEqual({ reencrypted: 0, total: 1 })
})
