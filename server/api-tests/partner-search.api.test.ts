import { afterAll, beforeAll, expect, test } from 'vitest'
import { type Crm, type RelayUnderTest, startRelay, validInn } from './support/relay-under-test'

const PARTNERS = 1_000

let relay: RelayUnderTest
let vendor: Crm
beforeAll(async () => {
  relay = await startRelay({ program: 'agat-rt', at: '2026-04-27T10:00:00+03:00' })
  vendor = await relay.vendor()
  // A thousand partners through the API, a few at a time: names out of order, every tenth a Gold partner.
  const statuses = ['authorized', 'gold']
  for (let start = 0; start < PARTNERS; start += 8) {
    await Promise.all(
      Array.from({ length: Math.min(8, PARTNERS - start) }, async (_, k) => {
        const n = start + k
        const answer = await relay.admin('POST', '/v1/admin/partners', {
          name: `ООО «Партнёр ${String((n * 7919) % PARTNERS).padStart(4, '0')}»`,
          inn: validInn(10_000 + n),
          email: `p${n}@example.ru`,
          status: statuses[n % 10 === 0 ? 1 : 0],
        })
        if (answer.status !== 201) throw new Error(JSON.stringify(answer.body))
      }),
    )
  }
}, 180_000)
afterAll(() => relay.close())

test('pages through 1 000 partners by name: each once, in order, every page at most the limit (issue 10)', async () => {
  const seen: string[] = []
  let after: string | null = null
  let pages = 0
  let slowestMs = 0
  do {
    const started = performance.now()
    const page = await vendor.call('GET', `/v1/partner-directory?limit=200${after ? `&after=${after}` : ''}`)
    slowestMs = Math.max(slowestMs, performance.now() - started)
    expect(page.status).toBe(200)
    expect(page.body.total).toBe(PARTNERS)
    expect(page.body.partners.length).toBeLessThanOrEqual(200)
    seen.push(...page.body.partners.map((partner: { name: string }) => partner.name))
    after = page.body.nextCursor
    pages++
  } while (after)
  expect(pages).toBe(5)
  expect(new Set(seen).size).toBe(PARTNERS)
  expect(seen).toEqual([...seen].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)))
  // Recorded, not asserted: timing belongs to the bench.
  console.log(`partner directory: ${PARTNERS} partners, 5 pages of 200, slowest page ${slowestMs.toFixed(0)} ms`)
})

test('the default page is 50 and the last page says there is no next one', async () => {
  const first = await vendor.call('GET', '/v1/partner-directory')
  expect(first.body.partners).toHaveLength(50)
  expect(first.body.nextCursor).toBe(first.body.partners[49].id)
  const last = await vendor.call('GET', '/v1/partner-directory?q=0999')
  expect(last.body).toMatchObject({ total: 1, nextCursor: null })
})

test.each([
  { label: 'part of the name in another case', query: 'q=%D0%BF%D0%B0%D1%80%D1%82%D0%BD%D1%91%D1%80%200042', total: 1 },
  { label: 'the beginning of the INN', query: `q=${validInn(10_123)}`, total: 1 },
  { label: 'the status', query: 'status=gold', total: 100 },
  { label: 'the status and the name', query: 'status=gold&q=%C2%AB', total: 100 },
  { label: 'the state', query: 'state=active', total: PARTNERS },
  { label: 'a state nobody is in', query: 'state=expelled', total: 0 },
  { label: 'a percent sign, taken literally', query: 'q=%25', total: 0 },
])('filters by $label', async ({ query, total }) => {
  const answer = await vendor.call('GET', `/v1/partner-directory?${query}`)
  expect(answer.status).toBe(200)
  expect(answer.body.total).toBe(total)
})

test.each([
  { label: 'a limit over 200', query: 'limit=201' },
  { label: 'a limit of 0', query: 'limit=0' },
  { label: 'an unknown state', query: 'state=sleeping' },
  { label: 'an unknown parameter', query: 'sort=inn' },
  { label: 'a NUL byte in the search', query: 'q=%00' },
])('refuses $label with 400', async ({ query }) => {
  expect((await vendor.call('GET', `/v1/partner-directory?${query}`)).status).toBe(400)
})

test('the admin API searches the same way', async () => {
  const answer = await relay.admin('GET', '/v1/admin/partners?status=gold&limit=10')
  expect(answer.body).toMatchObject({ total: 100 })
  expect(answer.body.partners).toHaveLength(10)
})
