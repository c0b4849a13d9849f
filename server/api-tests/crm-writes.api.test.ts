import { randomBytes } from 'node:crypto'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { createAmocrmApi } from '../../test/mocks/amocrm-api'
import { createAmocrmOAuth } from '../../test/mocks/crm-oauth'
import { endOfDay } from '../src/domain/crm-writes/end-of-day'
import { deliverCrmWrites } from '../src/services/crm-writes/steps/deliver-crm-writes'
import { type RelayUnderTest, registerClient, startRelay } from './support/relay-under-test'
import { AMO } from './support/tokens'

const HOST = 'partner.amocrm.ru'
const oauth = createAmocrmOAuth({ host: HOST, accountId: '8100', clientId: AMO.clientId, clientSecret: AMO.clientSecret })
const api = createAmocrmApi({ host: HOST, accountOf: oauth.accountOf })
const server = setupServer(...oauth.handlers, ...api.handlers)
const CARD = { 'x-crm-card': 'company:501' }
const ON = { transferTasks: true, pinNotes: true, violationNotes: true, pinRequestTasks: false, entityType: 'company', responsibleUserId: null }
const OFF = { ...ON, transferTasks: false, pinNotes: false, violationNotes: false }
const TASKS_ONLY = { ...OFF, transferTasks: true }
const NOTES_ONLY = { ...OFF, pinNotes: true }

let relay: RelayUnderTest
let installationId: string
const partner = () => relay.amo('8100')
let vendor: Awaited<ReturnType<RelayUnderTest['vendor']>>

const deliver = () => deliverCrmWrites(relay.deps, relay.clock.now(), { isPaced: false })
const writes = () => relay.deps.db.selectFrom('crm_writes').selectAll().where('installation_id', '=', installationId).orderBy('id').execute()
const setSettings = (body: unknown) => partner().call('PUT', '/v1/crm-writes/settings', body)

/** A client of the partner with an approved pin, registered from company card 501. */
const pinnedClient = async () => {
  const accountNumber = await registerClient({ call: (m, p, b) => partner().call(m, p, b, CARD) })
  const { body } = await partner().call('POST', '/v1/pins', { accountNumber }, CARD)
  expect((await vendor.call('POST', `/v1/pins/${body.pin.id}/approve`, {})).status).toBe(200)
  return accountNumber
}
const paidInvoice = async (accountNumber: string) => {
  const created = await partner().call('POST', '/v1/invoices', { accountNumber, lines: [{ sku: 'atrealt-amocrm', quantity: 1, months: 12 }] }, CARD)
  expect(created.status).toBe(201)
  const paid = await partner().call('POST', `/v1/invoices/${created.body.invoice.id}/client-payment`, { paidOn: '2026-04-28' }, CARD)
  expect(paid.status).toBe(200)
  return paid.body.invoice
}

beforeAll(async () => {
  server.listen({ onUnhandledRequest: (request, print) => (new URL(request.url).hostname === '127.0.0.1' ? undefined : print.error()) })
  relay = await startRelay({ env: { RELAY_SECRET_KEY: randomBytes(32).toString('base64') } })
  const created = await relay.createPartner()
  await relay.link('8100', { partnerId: created.id })
  vendor = await relay.vendor()
  installationId = (await relay.deps.db.selectFrom('installations').select('id').where('account', '=', '8100').executeTakeFirstOrThrow()).id
  const { body } = await partner().call('POST', '/v1/oauth/amocrm/authorize')
  const granted = await relay.request(
    'GET',
    `/v1/oauth/amocrm/callback?${new URLSearchParams({ code: oauth.code(), referer: HOST, client_id: AMO.clientId, state: body.state })}`,
  )
  expect(granted.status).toBe(200)
})
afterEach(() => {
  api.calls.length = 0
  oauth.calls.length = 0
})
afterAll(async () => {
  await relay.close()
  server.close()
})

describe('settings: what the relay writes into the partner’s amoCRM (issue 12)', () => {
  test('off by default: a payment writes nothing, not even to the outbox', async () => {
    const settings = await partner().call('GET', '/v1/crm-writes/settings')
    expect(settings.body).toEqual({
      settings: OFF,
      crmAccess: { state: 'active', updatedAt: expect.any(String) },
      writes: { pending: 0, done: 0, skipped: 0, failed: 0 },
    })
    await paidInvoice(await pinnedClient())
    expect(await deliver()).toEqual({ done: 0, ended: 0, retried: 0 })
    expect(await writes()).toEqual([])
    expect(api.calls).toEqual([])
  })

  test.each([
    { label: 'a card kind amoCRM lacks', body: { ...ON, entityType: 'deal' }, field: 'entityType' },
    { label: 'new-request tasks, which only vendor staff get', body: { ...ON, pinRequestTasks: true }, field: 'pinRequestTasks' },
    { label: 'a user id that is not digits', body: { ...ON, responsibleUserId: 'admin' }, field: 'responsibleUserId' },
    { label: 'an unknown setting', body: { ...ON, renewalTasks: true }, field: '' },
  ])('refuses $label with the field named, and changes nothing', async ({ body, field }) => {
    const answer = await setSettings(body)
    expect(answer.status).toBe(400)
    expect(answer.body.error.code).toBe('invalid_request')
    if (field) expect(answer.body.error.details.fields[0].path).toBe(field)
    expect((await partner().call('GET', '/v1/crm-writes/settings')).body.settings).toEqual(OFF)
  })
})

describe('tasks and notes in amoCRM through the outbox (issue 12)', () => {
  test('a client payment makes exactly one task with the text, the deadline and the card; the transfer closes it (AT-1.6)', async () => {
    expect((await setSettings(TASKS_ONLY)).body.settings).toEqual(TASKS_ONLY)
    const accountNumber = await pinnedClient()
    const invoice = await paidInvoice(accountNumber)
    expect(await deliver()).toEqual({ done: 1, ended: 0, retried: 0 })
    expect(await deliver()).toEqual({ done: 0, ended: 0, retried: 0 })
    const posted = api.calls.filter((c) => c.path === '/api/v4/tasks')
    expect(posted).toHaveLength(1)
    const payableKop = BigInt(invoice.totals.payableKop)
    const payable = `${(payableKop / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')},${(payableKop % 100n).toString().padStart(2, '0')}`
    expect(posted[0].body).toEqual([
      {
        text: `Перевести ООО «АТРеалт» ${payable} ₽ по счёту № ${invoice.number}`,
        complete_till: endOfDay(invoice.transferDueOn, 'Europe/Moscow').unix,
        task_type_id: 1,
        entity_id: 501,
        entity_type: 'companies',
      },
    ])
    const [task] = await writes()
    expect(task).toMatchObject({ state: 'done', crm_id: '9001', entity_type: 'company', entity_id: '501' })

    expect((await vendor.call('POST', `/v1/invoices/${invoice.id}/transfer`, { receivedOn: '2026-04-28' })).status).toBe(200)
    expect(await deliver()).toEqual({ done: 1, ended: 0, retried: 0 })
    expect(api.calls.at(-1)).toMatchObject({
      method: 'PATCH',
      path: '/api/v4/tasks/9001',
      body: { is_completed: true, result: { text: 'Перевод получен 28.04.2026' } },
    })
    expect(api.tasks.get(9001)?.isCompleted).toBe(true)
  })

  test('amoCRM down: the task waits and is made once it answers; nothing is made twice', async () => {
    await paidInvoice(await pinnedClient())
    api.calls.length = 0
    api.failNext(503)
    expect(await deliver()).toEqual({ done: 0, ended: 0, retried: 1 })
    const pending = (await writes()).at(-1)
    expect(pending).toMatchObject({ state: 'pending', attempts: 1, last_error: 'HTTP 503' })
    expect(await deliver()).toEqual({ done: 0, ended: 0, retried: 0 })
    relay.clock.set(new Date(relay.clock.now().getTime() + 61_000).toISOString())
    expect(await deliver()).toEqual({ done: 1, ended: 0, retried: 0 })
    expect(api.calls.map((c) => c.status)).toEqual([503, 200])
  })

  test('a 401 refreshes the token once and the write goes through', async () => {
    await paidInvoice(await pinnedClient())
    api.calls.length = 0
    api.failNext(401)
    expect(await deliver()).toEqual({ done: 1, ended: 0, retried: 0 })
    expect(oauth.calls).toEqual([{ grantType: 'refresh_token', status: 200 }])
    expect(api.calls.map((c) => c.status)).toEqual([401, 200])
  })

  test('a pin decision puts a note on the card’s timeline (AT-4.4)', async () => {
    expect((await setSettings(NOTES_ONLY)).status).toBe(200)
    const accountNumber = await registerClient({ call: (m, p, b) => partner().call(m, p, b, CARD) })
    const { body } = await partner().call('POST', '/v1/pins', { accountNumber }, CARD)
    await vendor.call('POST', `/v1/pins/${body.pin.id}/reject`, { reason: 'ведём напрямую' })
    api.calls.length = 0
    expect(await deliver()).toEqual({ done: 1, ended: 0, retried: 0 })
    expect(api.calls).toMatchObject([
      {
        path: '/api/v4/companies/notes',
        body: [
          {
            entity_id: 501,
            note_type: 'common',
            params: { text: `Запрос на закрепление клиента ${accountNumber} за партнёром ООО «Партнёр» отклонён: ведём напрямую` },
          },
        ],
      },
    ])
  })

  test('a 401 on a fresh token too: the installation needs re-authorisation, the write waits', async () => {
    expect((await setSettings(TASKS_ONLY)).status).toBe(200)
    await paidInvoice(await pinnedClient())
    api.calls.length = 0
    api.failNext(401, 401)
    expect(await deliver()).toEqual({ done: 0, ended: 0, retried: 1 })
    const settings = await partner().call('GET', '/v1/crm-writes/settings')
    expect(settings.body.crmAccess).toMatchObject({ state: 'needs-reauthorisation', problem: 'api-unauthorized' })
    expect(settings.body.writes.pending).toBe(1)
  })
})
