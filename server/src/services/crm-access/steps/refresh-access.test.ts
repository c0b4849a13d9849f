import { randomBytes, randomUUID } from 'node:crypto'
import { setupServer } from 'msw/node'
import pino from 'pino'
import { afterAll, afterEach, beforeAll, beforeEach, expect, test } from 'vitest'
import { createAmocrmOAuth } from '../../../../../test/mocks/crm-oauth'
import { createTestDb } from '../../../../../test/support/test-db'
import { loadCalendars, loadProgram } from '../../../config'
import type { Db } from '../../../store/create-db'
import type { Deps } from '../../deps'
import { freshAccessToken } from './refresh-access'
import { storeGrant } from './store-grant'

const CLIENT = {
  clientId: '6c5d6bd4-1b7a-4a3e-9a0a-4a1c2d3e4f50',
  clientSecret: 'amo-unit-secret-0123456789',
  redirectUri: 'https://relay.example.ru/v1/oauth/amocrm/callback',
}
const amo = createAmocrmOAuth({ host: 'partner.amocrm.ru', accountId: '8100', ...CLIENT })
const server = setupServer(...amo.handlers)
const GRANTED_AT = new Date('2026-04-28T07:00:00Z')
const DAY_LATER = new Date('2026-04-29T07:30:00Z')

const KEY = randomBytes(32)
const program = loadProgram('atrealt')
const calendars = loadCalendars('server/calendars', 'ru')

let store: Db
let installationId: string
/** What one relay holds: its own deps on the shared database. */
const relayDeps = (): Deps => ({
  db: store.db,
  program,
  calendars,
  logger: pino({ level: 'silent' }),
  crmAccess: { keys: { current: KEY }, amocrm: CLIENT, bitrix24: { oauthUrl: 'https://oauth.b24.test' } },
})

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())
beforeEach(async () => {
  store = await createTestDb()
  installationId = randomUUID()
  await store.db
    .insertInto('installations')
    .values({ id: installationId, crm: 'amocrm', account: '8100', domain: 'partner', role: 'vendor', partner_id: null })
    .execute()
  const { accessToken, refreshToken } = amo.issuePair('8100')
  const grant = { accessToken, refreshToken, expiresAt: new Date(GRANTED_AT.getTime() + 86_400_000) }
  await storeGrant(relayDeps(), { installationId, crm: 'amocrm', apiHost: 'partner.amocrm.ru', grant, now: GRANTED_AT, actor: { kind: 'system' } })
})
afterEach(async () => {
  amo.reset()
  await store.close()
})

test('a fresh access token is used as it is: no call to the OAuth server (issue 12)', async () => {
  const token = await freshAccessToken(relayDeps(), installationId, new Date('2026-04-28T12:00:00Z'))
  expect(amo.accountOf(token.accessToken)).toBe('8100')
  expect(token.apiHost).toBe('partner.amocrm.ru')
  expect(amo.calls).toEqual([])
})

test('two relays refreshing at once make one refresh; both get the new token, none spends the rotated one twice (issue 12)', async () => {
  // The OAuth server answers slowly, so the second refresh starts while the first is under way.
  amo.setDelay(150)
  const [first, second] = await Promise.all([
    freshAccessToken(relayDeps(), installationId, DAY_LATER),
    freshAccessToken(relayDeps(), installationId, DAY_LATER),
  ])
  expect(amo.calls).toEqual([{ grantType: 'refresh_token', status: 200 }])
  expect(second.accessToken).toBe(first.accessToken)
  expect(amo.accountOf(first.accessToken)).toBe('8100')
  const row = await store.db.selectFrom('crm_access').selectAll().where('installation_id', '=', installationId).executeTakeFirstOrThrow()
  expect(row.state).toBe('active')
  expect(row.updated_at).toEqual(DAY_LATER)
})

test("a relay with a wrong client secret keeps the installation's tokens: the setting is at fault, not the grant (issue 12)", async () => {
  const wrongSecret: Deps = {
    ...relayDeps(),
    crmAccess: { keys: { current: KEY }, amocrm: { ...CLIENT, clientSecret: 'not-the-secret' }, bitrix24: { oauthUrl: 'https://oauth.b24.test' } },
  }
  await expect(freshAccessToken(wrongSecret, installationId, DAY_LATER)).rejects.toMatchObject({ code: 'unavailable' })
  expect(amo.calls).toEqual([{ grantType: 'refresh_token', status: 401, error: 'invalid_client' }])
  const token = await freshAccessToken(relayDeps(), installationId, DAY_LATER)
  expect(amo.accountOf(token.accessToken)).toBe('8100')
})
