import { randomBytes } from 'node:crypto'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { createBitrix24Portal } from '../../test/mocks/bitrix24-portal'
import { createAmocrmOAuth, createBitrix24OAuth } from '../../test/mocks/crm-oauth'
import { createLogger } from '../src/create-logger'
import { freshAccessToken } from '../src/services/crm-access/steps/refresh-access'
import { type Answer, type RelayUnderTest, startRelay } from './support/relay-under-test'
import { AMO } from './support/tokens'

const B24 = { url: 'https://oauth.b24.test', clientId: 'local.6d1f2a3b4c5d6e', clientSecret: 'b24-test-secret-0123456789' }
const amoOAuth = createAmocrmOAuth({ host: 'partner.amocrm.ru', accountId: '8100', clientId: AMO.clientId, clientSecret: AMO.clientSecret })
const b24OAuth = createBitrix24OAuth({ url: B24.url, domain: 'partner.bitrix24.ru', clientId: B24.clientId, clientSecret: B24.clientSecret })
const portal = createBitrix24Portal({ domain: 'partner.bitrix24.ru' })
const server = setupServer(...amoOAuth.handlers, ...b24OAuth.handlers, ...portal.handlers)
const logLines: string[] = []
const answers: Answer[] = []
let relay: RelayUnderTest
let amoInstallationId: string

const amo = () => relay.amo('8100')
const call = async (method: string, path: string, body?: unknown) => {
  const answer = await amo().call(method, path, body)
  answers.push(answer)
  return answer
}
const hook = async (method: string, path: string, options: { raw?: string; headers?: Record<string, string> } = {}) => {
  const answer = await relay.request(method, path, options)
  answers.push(answer)
  return answer
}
const callback = (params: Record<string, string>) => hook('GET', `/v1/oauth/amocrm/callback?${new URLSearchParams(params)}`)
const accessRow = (installationId: string) =>
  relay.deps.db.selectFrom('crm_access').selectAll().where('installation_id', '=', installationId).executeTakeFirst()
const grantAmocrm = async () => {
  const { body } = await call('POST', '/v1/oauth/amocrm/authorize')
  return callback({ code: amoOAuth.code(), referer: 'partner.amocrm.ru', client_id: AMO.clientId, state: body.state, from_widget: '1' })
}

beforeAll(async () => {
  server.listen({ onUnhandledRequest: (request, print) => (new URL(request.url).hostname === '127.0.0.1' ? undefined : print.error()) })
  relay = await startRelay({
    env: { RELAY_SECRET_KEY: randomBytes(32).toString('base64'), B24_OAUTH_URL: B24.url, B24_CLIENT_ID: B24.clientId, B24_CLIENT_SECRET: B24.clientSecret },
    logger: createLogger('debug', { write: (line: string) => void logLines.push(line) }),
  })
  const partner = await relay.createPartner()
  await relay.link('8100', { partnerId: partner.id })
  await relay.link('8200', { role: 'vendor' })
  amoInstallationId = (await relay.deps.db.selectFrom('installations').select('id').where('account', '=', '8100').executeTakeFirstOrThrow()).id
})
afterEach(() => {
  amoOAuth.calls.length = 0
  b24OAuth.calls.length = 0
})
afterAll(async () => {
  // No code or token any fake handed out ever reached a log line or an API answer (issue 12).
  const seen = [...logLines, ...answers.map((a) => JSON.stringify(a.body))].join('\n')
  const secrets = [...amoOAuth.issued, ...b24OAuth.issued]
  expect(secrets.length).toBeGreaterThan(5)
  for (const secret of secrets) expect(seen).not.toContain(secret)
  expect(seen).not.toContain(AMO.clientSecret)
  expect(seen).not.toContain(B24.clientSecret)
  await relay.close()
  server.close()
})

describe('amoCRM: the OAuth callback grants access only for the account that asked (issue 12)', () => {
  test('refused before any call to amoCRM: a forged, altered or expired state', async () => {
    const { body } = await call('POST', '/v1/oauth/amocrm/authorize')
    expect(body.url).toMatch(/^https:\/\/www\.amocrm\.ru\/oauth\?client_id=/)
    const [id, expiry, mac] = body.state.split('.')
    const otherId = '00000000-0000-4000-8000-000000000000'
    const forged = [
      'made-up',
      `${otherId}.${expiry}.${mac}`,
      `${id}.${Number(expiry) + 3600}.${mac}`,
      `${id}.${expiry}.${'A'.repeat(43)}`,
      `${id}.${expiry}.${randomBytes(32).toString('base64url')}`,
    ]
    for (const state of forged) {
      const answer = await callback({ code: amoOAuth.code(), referer: 'partner.amocrm.ru', client_id: AMO.clientId, state })
      expect(answer.status, state).toBe(403)
      expect(answer.body.error).toMatchObject({ code: 'forbidden', details: { reason: 'state' } })
    }
    relay.clock.set('2026-04-28T10:31:00+03:00')
    const expired = await callback({ code: amoOAuth.code(), referer: 'partner.amocrm.ru', client_id: AMO.clientId, state: body.state })
    relay.clock.set('2026-04-28T10:00:00+03:00')
    expect(expired.status).toBe(403)
    expect(expired.body.error.message).toContain('expired')
    expect(amoOAuth.calls).toEqual([])
    expect(await accessRow(amoInstallationId)).toBeUndefined()
  })

  test('refused before any call: a referer outside amoCRM, another account, another integration', async () => {
    const { body } = await call('POST', '/v1/oauth/amocrm/authorize')
    for (const referer of [
      'partner.amocrm.ru.evil.test',
      'evil.example.com',
      '127.0.0.1:8080',
      'partner.amocrm.ru:444',
      'other.amocrm.ru',
      'other.kommo.com',
    ]) {
      const answer = await callback({ code: amoOAuth.code(), referer, client_id: AMO.clientId, state: body.state })
      expect(answer.status, referer).toBe(403)
      expect(answer.body.error.details).toEqual({ reason: 'referer' })
    }
    const other = await callback({ code: amoOAuth.code(), referer: 'partner.amocrm.ru', client_id: 'another-integration', state: body.state })
    expect(other.body.error.details).toEqual({ reason: 'client_id' })
    expect(amoOAuth.calls).toEqual([])
    expect(await accessRow(amoInstallationId)).toBeUndefined()
  })

  test('bad input is refused with the field named, and changes nothing', async () => {
    const { body } = await call('POST', '/v1/oauth/amocrm/authorize')
    const good = { code: amoOAuth.code(), referer: 'partner.amocrm.ru', client_id: AMO.clientId, state: body.state }
    const cases: [Record<string, string>, string][] = [
      [{ ...good, code: 'abc\u0000def1234' }, 'code'],
      [{ ...good, referer: 'partner.amocrm.ru\u0000.evil' }, 'referer'],
      [{ ...good, state: 'x'.repeat(5000) }, 'state'],
      [{ ...good, code: 'c'.repeat(5000) }, 'code'],
      [{ referer: good.referer, client_id: good.client_id, state: good.state }, 'code'],
    ]
    for (const [params, field] of cases) {
      const answer = await callback(params)
      expect(answer.status, field).toBe(400)
      expect(answer.body.error.code).toBe('invalid_request')
      expect(answer.body.error.details.fields[0].path).toBe(field)
    }
    expect(amoOAuth.calls).toEqual([])
    expect(await accessRow(amoInstallationId)).toBeUndefined()
  })

  test('a genuine callback binds sealed tokens; the state word shows; a used code cannot be replayed', async () => {
    const granted = await grantAmocrm()
    expect(granted.status).toBe(200)
    expect(granted.body.crmAccess.state).toBe('active')
    expect(amoOAuth.calls).toEqual([{ grantType: 'authorization_code', status: 200 }])
    const row = await accessRow(amoInstallationId)
    expect(row).toMatchObject({ crm: 'amocrm', api_host: 'partner.amocrm.ru', state: 'active' })
    expect(row?.access_token).toMatch(/^v1:[0-9a-f]{8}:/)
    for (const secret of amoOAuth.issued) expect(JSON.stringify(row)).not.toContain(secret)
    const token = await freshAccessToken(relay.deps, amoInstallationId, relay.clock.now())
    expect(amoOAuth.accountOf(token.accessToken)).toBe('8100')
    expect((await call('GET', '/v1/crm-access')).body).toEqual({ crmAccess: { state: 'active', updatedAt: expect.any(String) } })
    const list = await relay.admin('GET', '/v1/admin/installations')
    answers.push(list)
    expect(list.body.installations.find((i: { account: string }) => i.account === '8100').crmAccess.state).toBe('active')
    expect(list.body.installations.find((i: { account: string }) => i.account === '8200').crmAccess).toEqual({ state: 'none' })
  })

  test('another account linked through the same state is refused when its token opens another account', async () => {
    // amoCRM's code here is issued for account 9999: the state and referer fit, the token does not.
    const { body } = await call('POST', '/v1/oauth/amocrm/authorize')
    const before = await accessRow(amoInstallationId)
    const answer = await callback({ code: amoOAuth.issueCode('9999'), referer: 'partner.amocrm.ru', client_id: AMO.clientId, state: body.state })
    expect(answer.status).toBe(403)
    expect(answer.body.error.details).toEqual({ reason: 'account' })
    expect(await accessRow(amoInstallationId)).toEqual(before)
  })

  test('a refresh after 24 h rotates the pair; a refresh token refused marks the installation for re-authorisation', async () => {
    relay.clock.set('2026-04-29T10:30:00+03:00')
    const first = await freshAccessToken(relay.deps, amoInstallationId, relay.clock.now())
    expect(amoOAuth.calls).toEqual([{ grantType: 'refresh_token', status: 200 }])
    // Down for a while: the stored tokens stay, the caller is told to retry.
    relay.clock.set('2026-04-30T11:00:00+03:00')
    amoOAuth.failNext(503)
    await expect(freshAccessToken(relay.deps, amoInstallationId, relay.clock.now())).rejects.toMatchObject({ code: 'unavailable' })
    expect((await accessRow(amoInstallationId))?.state).toBe('active')
    // The refresh token was spent elsewhere (used twice): amoCRM refuses it.
    amoOAuth.revokeAccount('8100')
    await expect(freshAccessToken(relay.deps, amoInstallationId, relay.clock.now())).rejects.toMatchObject({
      code: 'invalid_state',
      details: { crmAccess: 'needs-reauthorisation' },
    })
    expect(first.accessToken).not.toBe('')
    expect(await accessRow(amoInstallationId)).toMatchObject({
      state: 'needs-reauthorisation',
      problem: 'invalid_grant',
      access_token: null,
      refresh_token: null,
    })
    expect((await call('GET', '/v1/crm-access')).body.crmAccess).toMatchObject({ state: 'needs-reauthorisation', problem: 'invalid_grant' })
    expect(logLines.some((line) => line.includes('needs re-authorisation'))).toBe(true)
    // Granting again brings it back.
    expect((await grantAmocrm()).body.crmAccess.state).toBe('active')
  })

  test("amoCRM's integration-disabled webhook revokes only with the integration's signature", async () => {
    const { createHmac } = await import('node:crypto')
    const sign = (account: string) => createHmac('sha256', AMO.clientSecret).update(`${AMO.clientId}|${account}`).digest('hex')
    const forged = await hook(
      'GET',
      `/v1/oauth/amocrm/disabled?${new URLSearchParams({ account_id: '8100', client_uuid: AMO.clientId, signature: sign('8101') })}`,
    )
    expect(forged.status).toBe(403)
    expect((await accessRow(amoInstallationId))?.state).toBe('active')
    const bad = await hook('GET', `/v1/oauth/amocrm/disabled?${new URLSearchParams({ account_id: '8100', client_uuid: AMO.clientId, signature: 'zz' })}`)
    expect(bad.status).toBe(400)
    const genuine = await hook('POST', '/v1/oauth/amocrm/disabled', {
      raw: new URLSearchParams({ account_id: '8100', client_uuid: AMO.clientId, signature: sign('8100') }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    expect(genuine.status).toBe(200)
    expect(await accessRow(amoInstallationId)).toMatchObject({ state: 'revoked', problem: 'integration-disabled', access_token: null })
    await expect(freshAccessToken(relay.deps, amoInstallationId, relay.clock.now())).rejects.toMatchObject({ details: { crmAccess: 'revoked' } })
  })
})

describe('Bitrix24: the install page hands over the tokens; the stored portal is the only one called (issue 12)', () => {
  const b24 = (authId: string, domain = 'partner.bitrix24.ru') => ({
    authorization: `Bitrix24 ${authId}`,
    'x-b24-member-id': 'member-b1',
    'x-b24-domain': domain,
  })
  const handOver = async (body: Record<string, unknown>, domain?: string) => {
    const answer = await relay.request('POST', '/v1/oauth/bitrix24/tokens', { headers: b24('auth-b1', domain), body })
    answers.push(answer)
    return answer
  }
  let installationId: string
  beforeAll(async () => {
    portal.issueToken('auth-b1', 1, true)
    const { body } = await relay.admin('POST', '/v1/admin/link-codes', { role: 'vendor' })
    expect((await relay.request('POST', '/v1/installations', { headers: b24('auth-b1'), body: { code: body.code } })).status).toBe(201)
    installationId = (await relay.deps.db.selectFrom('installations').select('id').where('account', '=', 'member-b1').executeTakeFirstOrThrow()).id
  })

  test('a domain other than the stored portal, or another member_id, is refused before any OAuth call', async () => {
    const { refreshToken } = b24OAuth.issuePair('member-b1')
    for (const domain of ['evil.bitrix24.ru', 'partner.bitrix24.ru.evil.test', '127.0.0.1']) {
      const answer = await handOver({ refreshToken, memberId: 'member-b1', domain })
      expect(answer.status, domain).toBe(403)
      expect(answer.body.error.details).toEqual({ reason: 'domain' })
    }
    const other = await handOver({ refreshToken, memberId: 'member-b2', domain: 'partner.bitrix24.ru' })
    expect(other.body.error.details).toEqual({ reason: 'member_id' })
    const bad = await handOver({ refreshToken: `${refreshToken}\u0000`, memberId: 'member-b1', domain: 'partner.bitrix24.ru' })
    expect(bad.status).toBe(400)
    const huge = await handOver({ refreshToken: 'r'.repeat(3000), memberId: 'member-b1', domain: 'partner.bitrix24.ru' })
    expect(huge.body.error.details.fields[0].path).toBe('refreshToken')
    expect(b24OAuth.calls).toEqual([])
    expect(await accessRow(installationId)).toBeUndefined()
  })

  test('who may ask: an unsigned caller is 401, a Bitrix24 installation gets no amoCRM consent window, an amoCRM one cannot hand over', async () => {
    const unsigned = await hook('GET', '/v1/crm-access')
    expect(unsigned.status).toBe(401)
    const amoFromB24 = await relay.request('POST', '/v1/oauth/amocrm/authorize', { headers: b24('auth-b1') })
    answers.push(amoFromB24)
    expect(amoFromB24.status).toBe(403)
    const b24FromAmo = await call('POST', '/v1/oauth/bitrix24/tokens', { refreshToken: 'r'.repeat(20), memberId: 'member-b1', domain: 'partner.bitrix24.ru' })
    expect(b24FromAmo.status).toBe(403)
    expect(b24OAuth.calls).toEqual([])
  })

  test("another portal's refresh token binds nothing: the OAuth server names its member_id", async () => {
    const { refreshToken } = b24OAuth.issuePair('member-other')
    const answer = await handOver({ refreshToken, memberId: 'member-b1', domain: 'partner.bitrix24.ru' })
    expect(answer.status).toBe(403)
    expect(answer.body.error.details).toEqual({ reason: 'refresh_token' })
    expect(await accessRow(installationId)).toBeUndefined()
  })

  test('an OAuth server that is down binds nothing and says to try again', async () => {
    const { refreshToken } = b24OAuth.issuePair('member-b1')
    b24OAuth.failNext(502)
    const answer = await handOver({ refreshToken, memberId: 'member-b1', domain: 'partner.bitrix24.ru' })
    expect(answer.status).toBe(503)
    expect(answer.body.error.code).toBe('unavailable')
    expect(await accessRow(installationId)).toBeUndefined()
  })

  test('the pair is refreshed once through the OAuth server and bound; a spent refresh token is refused', async () => {
    const { refreshToken } = b24OAuth.issuePair('member-b1')
    const answer = await handOver({ refreshToken, memberId: 'member-b1', domain: 'https://Partner.Bitrix24.ru/' })
    expect(answer.status).toBe(201)
    expect(answer.body.crmAccess.state).toBe('active')
    expect(b24OAuth.calls).toEqual([{ grantType: 'refresh_token', status: 200 }])
    expect(await accessRow(installationId)).toMatchObject({ crm: 'bitrix24', api_host: 'partner.bitrix24.ru', state: 'active' })
    const again = await handOver({ refreshToken, memberId: 'member-b1', domain: 'partner.bitrix24.ru' })
    expect(again.status).toBe(403)
    expect(again.body.error.details).toEqual({ reason: 'refresh_token' })
    expect((await accessRow(installationId))?.state).toBe('active')
  })

  test('ONAPPUNINSTALL revokes only when the OAuth server no longer honours the tokens', async () => {
    const event = (domain = 'partner.bitrix24.ru') =>
      hook('POST', '/v1/oauth/bitrix24/events', {
        raw: new URLSearchParams({ event: 'ONAPPUNINSTALL', 'auth[member_id]': 'member-b1', 'auth[domain]': domain, 'data[CLEAN]': '0' }).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      })
    expect((await event('evil.example.com')).status).toBe(403)
    const forged = await event()
    expect(forged.status).toBe(403)
    expect(forged.body.error.details).toEqual({ reason: 'still-installed' })
    expect((await accessRow(installationId))?.state).toBe('active')
    b24OAuth.revokeAccount('member-b1')
    const genuine = await event()
    expect(genuine.status).toBe(200)
    expect(genuine.body).toEqual({ handled: true, crmAccess: { state: 'revoked' } })
    expect(await accessRow(installationId)).toMatchObject({ state: 'revoked', problem: 'app-uninstalled', refresh_token: null })
  })
})
