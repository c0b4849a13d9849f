import { randomBytes } from 'node:crypto'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest'
import { createBitrix24Portal } from '../../test/mocks/bitrix24-portal'
import { createBitrix24OAuth } from '../../test/mocks/crm-oauth'
import { deliverCrmWrites } from '../src/services/crm-writes/steps/deliver-crm-writes'
import { type Crm, type RelayUnderTest, registerClient, startRelay } from './support/relay-under-test'

const B24 = { url: 'https://oauth.b24.test', clientId: 'local.6d1f2a3b4c5d6e', clientSecret: 'b24-test-secret-0123456789' }
const DOMAIN = 'partner.bitrix24.ru'
const oauth = createBitrix24OAuth({ url: B24.url, domain: DOMAIN, clientId: B24.clientId, clientSecret: B24.clientSecret })
const portal = createBitrix24Portal({ domain: DOMAIN, isAppToken: (auth) => oauth.accountOf(auth) !== null })
const server = setupServer(...oauth.handlers, ...portal.handlers)
const CARD = { 'x-crm-card': 'company:8061' }

let relay: RelayUnderTest
let vendor: Crm
/** The partner in its Bitrix24 portal, through the frame's token, from company card 8061. */
const partner: Crm = {
  call: (method, path, body, headers = {}) =>
    relay.request(method, path, {
      headers: { authorization: 'Bitrix24 auth-p1', 'x-b24-member-id': 'member-p1', 'x-b24-domain': DOMAIN, ...CARD, ...headers },
      body,
    }),
}
const deliver = () => deliverCrmWrites(relay.deps, relay.clock.now(), { isPaced: false })
const writeCalls = () => portal.calls.filter((call) => call.params)

beforeAll(async () => {
  server.listen({ onUnhandledRequest: (request, print) => (new URL(request.url).hostname === '127.0.0.1' ? undefined : print.error()) })
  relay = await startRelay({
    env: { RELAY_SECRET_KEY: randomBytes(32).toString('base64'), B24_OAUTH_URL: B24.url, B24_CLIENT_ID: B24.clientId, B24_CLIENT_SECRET: B24.clientSecret },
  })
  portal.issueToken('auth-p1', 1, true)
  const created = await relay.createPartner()
  const { body } = await relay.admin('POST', '/v1/admin/link-codes', { partnerId: created.id })
  expect((await partner.call('POST', '/v1/installations', { code: body.code })).status).toBe(201)
  vendor = await relay.vendor()
  const { refreshToken } = oauth.issuePair('member-p1')
  expect((await partner.call('POST', '/v1/oauth/bitrix24/tokens', { refreshToken, memberId: 'member-p1', domain: DOMAIN })).status).toBe(201)
})
afterEach(() => {
  portal.calls.length = 0
})
afterAll(async () => {
  await relay.close()
  server.close()
})

test('Bitrix24: a payment makes one activity on the company with the deadline; the transfer completes it; an overloaded portal delays it (issue 12)', async () => {
  const settings = { transferTasks: true, pinNotes: false, violationNotes: false, pinRequestTasks: false, entityType: 'lead', responsibleUserId: null }
  const refused = await partner.call('PUT', '/v1/crm-writes/settings', settings)
  expect(refused.status).toBe(400)
  expect(refused.body.error.details.fields[0].path).toBe('entityType')
  expect((await partner.call('PUT', '/v1/crm-writes/settings', { ...settings, entityType: 'company' })).status).toBe(200)

  const accountNumber = await registerClient(partner)
  const pin = await partner.call('POST', '/v1/pins', { accountNumber })
  expect((await vendor.call('POST', `/v1/pins/${pin.body.pin.id}/approve`, {})).status).toBe(200)
  const created = await partner.call('POST', '/v1/invoices', {
    accountNumber,
    lines: [{ sku: 'atrealt-amocrm', quantity: 1, months: 12 }],
    clientPaidOn: '2026-04-28',
  })
  expect(created.status).toBe(201)
  const { invoice } = created.body

  portal.setOverloaded(true)
  expect(await deliver()).toEqual({ done: 0, ended: 0, retried: 1 })
  portal.setOverloaded(false)
  relay.clock.set(new Date(relay.clock.now().getTime() + 61_000).toISOString())
  expect(await deliver()).toEqual({ done: 1, ended: 0, retried: 0 })
  const [overloaded, added] = writeCalls()
  expect(overloaded.method).toBe('crm.activity.todo.add')
  expect(added).toMatchObject({
    method: 'crm.activity.todo.add',
    params: {
      ownerTypeId: 4,
      ownerId: 8061,
      deadline: `${invoice.transferDueOn}T23:59:00+03:00`,
      title: expect.stringMatching(/^Перевести ООО «АТРеалт» .+ ₽ по счёту № /),
    },
  })
  expect(added.auth).not.toBe('auth-p1')

  expect((await vendor.call('POST', `/v1/invoices/${invoice.id}/transfer`, { receivedOn: '2026-04-28' })).status).toBe(200)
  portal.calls.length = 0
  expect(await deliver()).toEqual({ done: 1, ended: 0, retried: 0 })
  expect(writeCalls()).toMatchObject([{ method: 'crm.activity.update', params: { id: 701, fields: { COMPLETED: 'Y' } } }])
})
