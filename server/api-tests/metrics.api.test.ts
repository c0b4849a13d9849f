import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startTestRelay } from '../src/http/test-support/start-test-relay'
import { pinnedClient, type RelayUnderTest, startRelay } from './support/relay-under-test'

const METRICS_TOKEN = 'metrics-token-0123456789abcdef'

let relay: RelayUnderTest
beforeAll(async () => {
  relay = await startRelay({ env: { METRICS_TOKEN }, runJobs: true })
})
afterAll(() => relay.close())

const scrape = async (target = relay, token = METRICS_TOKEN) => {
  const response = await fetch(`${target.base}/metrics`, { headers: { authorization: `Bearer ${token}` } })
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() }
}

/** The value of one series, by its exact name and labels as the text format writes them. */
const seriesValue = (text: string, series: string) => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `))
  return line === undefined ? undefined : Number(line.slice(series.length + 1))
}

describe('/metrics', () => {
  test('counts real requests by route template and status, never by the raw path', async () => {
    const partner = await relay.partner()
    const { accountNumber } = await pinnedClient(relay, partner)
    const ids: string[] = []
    for (let i = 0; i < 3; i += 1) {
      // The same lines three times on purpose, confirmed as no duplicates.
      const body = { accountNumber, lines: [{ sku: 'atrealt-amocrm', quantity: 1, months: 1 }], confirmed: ['possible_duplicate'] }
      const created = await partner.call('POST', '/v1/invoices', body)
      ids.push(created.body.invoice.id)
    }
    for (const id of ids) expect((await partner.call('GET', `/v1/invoices/${id}`)).status).toBe(200)
    expect((await partner.call('GET', '/v1/invoices/999999')).status).toBe(404)
    expect((await relay.request('GET', `/v1/no-such-route/${ids[0]}`)).status).toBe(404)

    const { status, type, text } = await scrape()
    expect(status).toBe(200)
    expect(type).toContain('text/plain; version=0.0.4')
    expect(seriesValue(text, 'http_requests_total{method="POST",route="/v1/invoices",status="201"}')).toBe(3)
    expect(seriesValue(text, 'http_requests_total{method="GET",route="/v1/invoices/:id",status="200"}')).toBe(3)
    expect(seriesValue(text, 'http_requests_total{method="GET",route="/v1/invoices/:id",status="404"}')).toBe(1)
    expect(seriesValue(text, 'http_requests_total{method="GET",route="unmatched",status="404"}')).toBe(1)
    expect(seriesValue(text, 'http_request_duration_seconds_count{method="POST",route="/v1/invoices",status="201"}')).toBe(3)
    for (const id of ids) expect(text).not.toContain(id)
  })

  test('reports the database connections, the jobs, the outbox and the process', async () => {
    await relay.deps.db
      .insertInto('outbox')
      .values([
        { kind: 'test', to_email: 'a@example.ru', subject: 's', body: 'b' },
        { kind: 'test', to_email: 'b@example.ru', subject: 's', body: 'b', attempts: 3, last_error: 'Error: 421 try later' },
        { kind: 'test', to_email: 'c@example.ru', subject: 's', body: 'b', attempts: 10, last_error: 'Error: 550 no such user' },
      ])
      .execute()
    // The first pass starts with the relay; wait for both of its steps.
    await expect.poll(async () => seriesValue((await scrape()).text, 'relay_job_runs_total{job="status-transitions"}')).toBe(1)
    const { text } = await scrape()
    expect(seriesValue(text, 'relay_job_runs_total{job="scan-overdue"}')).toBe(1)
    expect(seriesValue(text, 'relay_job_failures_total{job="scan-overdue"}')).toBe(0)
    expect(seriesValue(text, 'relay_job_lag_seconds{job="scan-overdue"}')).toBeGreaterThanOrEqual(0)
    expect(seriesValue(text, 'relay_outbox_messages{state="backlog"}')).toBe(2)
    expect(seriesValue(text, 'relay_outbox_messages{state="retrying"}')).toBe(1)
    expect(seriesValue(text, 'relay_outbox_messages{state="gave_up"}')).toBe(1)
    expect(seriesValue(text, 'relay_db_connections{state="in_use"}')).toBeGreaterThanOrEqual(0)
    expect(seriesValue(text, 'relay_db_waiting')).toBe(0)
    expect(seriesValue(text, 'process_cpu_user_seconds_total')).toBeGreaterThan(0)
    expect(seriesValue(text, 'nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0)
  })

  test.each([
    { label: 'no token', headers: {} as Record<string, string> },
    { label: 'a wrong token', headers: { authorization: 'Bearer metrics-token-0123456789abcdeX' } },
    { label: 'the token in another scheme', headers: { authorization: `Basic ${METRICS_TOKEN}` } },
  ])('$label → 401 in the error shape', async ({ headers }) => {
    const response = await fetch(`${relay.base}/metrics`, { headers })
    expect(response.status).toBe(401)
    expect(response.headers.get('www-authenticate')).toContain('Bearer')
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('unauthenticated')
  })

  test('is off (404) without METRICS_TOKEN', async () => {
    const plain = await startTestRelay()
    const response = await fetch(`${plain.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
    await plain.close()
    expect(response.status).toBe(404)
  })

  test('two relays in one process keep their own counts', async () => {
    const other = await startRelay({ env: { METRICS_TOKEN } })
    await other.request('GET', '/healthz')
    const mine = seriesValue((await scrape()).text, 'http_requests_total{method="GET",route="/healthz",status="200"}')
    const theirs = seriesValue((await scrape(other)).text, 'http_requests_total{method="GET",route="/healthz",status="200"}')
    await other.close()
    expect(theirs).toBe(1)
    expect(mine).toBeUndefined()
  })
})
