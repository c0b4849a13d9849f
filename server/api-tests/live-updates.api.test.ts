import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createTestDb, testDbKind } from '../../test/support/test-db'
import { noticeReminders } from '../src/jobs/notice-reminders'
import { createDb } from '../src/store/create-db'
import { type Crm, pinnedClient, type RelayUnderTest, registerClient, startRelay } from './support/relay-under-test'
import { amoToken } from './support/tokens'

/** A stream's `change` events as they arrive, read from the raw response body. */
const openStream = async (relay: RelayUnderTest, path: string, headers: Record<string, string> = {}) => {
  const controller = new AbortController()
  const response = await fetch(relay.base + path, { headers, signal: controller.signal })
  const events: unknown[] = []
  let isEnded = false
  if (response.ok && response.body) {
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
    void (async () => {
      let buffer = ''
      try {
        for (;;) {
          const { value, done } = await reader.read()
          if (done) break
          buffer += value
          for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
            const block = buffer.slice(0, end)
            buffer = buffer.slice(end + 2)
            const data = /^event: change\ndata: (.*)$/m.exec(block)
            if (data) events.push(JSON.parse(data[1]))
          }
        }
      } catch {
        // Aborted by the test.
      }
      isEnded = true
    })()
  }
  return { response, events, isEnded: () => isEnded, close: () => controller.abort() }
}

/** Waits for a condition, never for a fixed time. */
const until = async (condition: () => boolean, timeoutMs = 5000) => {
  const started = Date.now()
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

const ticketOf = async (crm: Crm) => {
  const answer = await crm.call('POST', '/v1/events/tickets')
  expect(answer.status).toBe(201)
  return answer.body.ticket as string
}

let relay: RelayUnderTest
beforeAll(async () => {
  relay = await startRelay()
})
afterAll(() => relay.close())

describe('live updates: GET /v1/events', () => {
  test.each([
    { label: 'no credentials', path: '/v1/events' },
    { label: 'a forged ticket', path: '/v1/events?ticket=forged-ticket-forged-ticket-forged' },
    { label: 'a ticket that is not one', path: '/v1/events?ticket=%3Cscript%3E' },
  ])('refuses a stream with $label, and opens nothing', async ({ path }) => {
    const stream = await openStream(relay, path)
    expect(stream.response.status).toBe(401)
    expect((await stream.response.json()).error.code).toBe('unauthenticated')
    expect(relay.openStreams()).toBe(0)
  })

  test('a ticket opens one stream only, and only within its minute', async () => {
    const partner = await relay.partner()
    const ticket = await ticketOf(partner)
    const first = await openStream(relay, `/v1/events?ticket=${ticket}`)
    expect(first.response.status).toBe(200)
    expect(first.response.headers.get('content-type')).toContain('text/event-stream')
    const again = await openStream(relay, `/v1/events?ticket=${ticket}`)
    expect(again.response.status).toBe(401)
    first.close()
    const late = await ticketOf(partner)
    relay.clock.set('2026-04-28T10:01:01+03:00')
    try {
      expect((await openStream(relay, `/v1/events?ticket=${late}`)).response.status).toBe(401)
    } finally {
      relay.clock.set('2026-04-28T10:00:00+03:00')
    }
  })

  test("the partner's stream hears of its pin approved by staff; another partner's does not (AT-1.2, X-5)", async () => {
    const partner = await relay.partner()
    const other = await relay.partner()
    const vendor = await relay.vendor()
    const mine = await openStream(relay, `/v1/events?ticket=${await ticketOf(partner)}`)
    const theirs = await openStream(relay, `/v1/events?ticket=${await ticketOf(other)}`)
    const staff = await openStream(relay, '/v1/events', { 'x-auth-token': await tokenOf(vendor) })
    const accountNumber = await registerClient(partner)
    const { body } = await partner.call('POST', '/v1/pins', { accountNumber })
    await vendor.call('POST', `/v1/pins/${body.pin.id}/approve`, {})
    await until(() => mine.events.length >= 2 && staff.events.length >= 2)
    expect(mine.events).toEqual([
      { kind: 'pin', account: accountNumber },
      { kind: 'pin', account: accountNumber },
    ])
    expect(staff.events).toContainEqual({ kind: 'pin', account: accountNumber })
    // The other partner's own change arrives, and nothing of the first partner's before it.
    const own = await registerClient(other)
    await other.call('POST', '/v1/pins', { accountNumber: own })
    await until(() => theirs.events.length >= 1)
    expect(theirs.events).toEqual([{ kind: 'pin', account: own }])
    for (const stream of [mine, theirs, staff]) stream.close()
    await until(() => relay.openStreams() === 0)
  })

  test("a reminder made by the notices' pass reaches the partner's open screen once, and a pass that makes none tells nothing (AT-1.6, issue 11)", async () => {
    const own = await startRelay({ at: '2026-04-24T10:00:00+03:00' })
    try {
      const partner = await own.partner()
      const { accountNumber } = await pinnedClient(own, partner)
      // Paid on Friday 24.04.2026, due Wednesday 29.04: Tuesday is one working day before.
      await partner.call('POST', '/v1/invoices', { accountNumber, lines: [{ sku: 'atrealt-amocrm', quantity: 1, months: 1 }], clientPaidOn: '2026-04-24' })
      const stream = await openStream(own, `/v1/events?ticket=${await ticketOf(partner)}`)
      own.clock.set('2026-04-28T09:00:00+03:00')
      await noticeReminders(own.deps, own.clock.now())
      await until(() => stream.events.length >= 1)
      await noticeReminders(own.deps, own.clock.now())
      // A change of the partner's own, so the stream has certainly passed on whatever came before it.
      const another = await registerClient(partner)
      await partner.call('POST', '/v1/pins', { accountNumber: another })
      await until(() => stream.events.length >= 2)
      expect(stream.events[0]).toEqual({ kind: 'notice', account: accountNumber })
      expect(stream.events.filter((event) => (event as { kind: string }).kind === 'notice')).toHaveLength(1)
      stream.close()
    } finally {
      await own.close()
    }
  })

  test('a stopping relay ends its streams, so its listener can drain', async () => {
    const own = await startRelay()
    const partner = await own.partner()
    const stream = await openStream(own, `/v1/events?ticket=${await ticketOf(partner)}`)
    expect(own.openStreams()).toBe(1)
    await own.close()
    await until(stream.isEnded)
    expect(own.openStreams()).toBe(0)
  })
})

/** amoCRM's disposable token for the CRM account behind `crm`, as a client that sends headers uses it. */
const tokenOf = (crm: Crm) => amoToken({ accountId: crm.account!, now: relay.clock.now() })

describe(`live updates across relays (${testDbKind() === 'postgres' ? 'two relays on one PostgreSQL, LISTEN/NOTIFY' : 'one relay on PGlite, in-process'})`, () => {
  test('a change written through one relay reaches a stream held by the other', async () => {
    const store = await createTestDb()
    const writer = await startRelay({ store })
    // On PostgreSQL a second relay with a pool of its own, as behind a load balancer; PGlite has one process.
    const reader = store.databaseUrl ? await startRelay({ store: await createDb({ databaseUrl: store.databaseUrl }) }) : writer
    try {
      const partner = await writer.partner()
      const stream = await openStream(reader, `/v1/events?ticket=${await ticketOf(reader.amo(partner.account!))}`)
      const accountNumber = await registerClient(partner)
      const { body } = await partner.call('POST', '/v1/pins', { accountNumber })
      const vendor = await writer.vendor()
      await vendor.call('POST', `/v1/pins/${body.pin.id}/approve`, {})
      await until(() => stream.events.length >= 2)
      expect(stream.events.at(-1)).toEqual({ kind: 'pin', account: accountNumber })
      stream.close()
    } finally {
      if (reader !== writer) await reader.close()
      await writer.close()
    }
  })
})
