import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { ROUTES, type RouteSpec } from '../../shared/src/contract'
import { ADMIN_TOKEN, type Answer, type Crm, type RelayUnderTest, startRelay, validInn } from './support/relay-under-test'

let relay: RelayUnderTest
let callers: Record<Exclude<RouteSpec['caller'], 'anyone'>, Crm>
beforeAll(async () => {
  relay = await startRelay()
  const admin: Crm = { call: (method, path, body) => relay.request(method, path, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` }, body }) }
  const partner = await relay.partner()
  callers = { admin, crm: partner, partner, vendor: await relay.vendor(), 'unlinked-crm': relay.amo('9900') }
})
afterAll(() => relay.close())

/** Row counts of every table a write could touch: a refused request must leave them as they were. */
const snapshot = async () => {
  const tables = [
    'partners',
    'clients',
    'pins',
    'invoices',
    'ledger_postings',
    'violations',
    'audit_log',
    'link_codes',
    'idempotency_keys',
    'installations',
  ] as const
  const counts: Record<string, number> = {}
  for (const table of tables) {
    const { n } = await relay.deps.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow()
    counts[table] = Number(n)
  }
  return counts
}

const expectRefused = (answer: Answer, field: string) => {
  expect(answer.status).toBe(400)
  expect(answer.body.error.code).toBe('invalid_request')
  expect(answer.body.error.details.fields.map((f: { path: string }) => f.path)).toContain(field)
}

const routes = Object.entries(ROUTES as Record<string, RouteSpec>).filter(([, route]) => route.caller !== 'anyone')
const withParams = routes.flatMap(([name, route]) => (route.path.match(/:(\w+)/g) ?? []).map((param) => ({ name, route, param: param.slice(1) })))
const withBody = routes.filter(([, route]) => route.body).map(([name, route]) => ({ name, route }))
const fill = (path: string, param?: string) => path.replace(/:(\w+)/g, (_, name) => (name === param ? 'x%00y' : '1'))

describe('a control character in any input is a 400 naming the field, and nothing changes', () => {
  test.each(withParams)('path parameter $param of $name', async ({ route, param }) => {
    const before = await snapshot()
    const answer = await callers[route.caller as keyof typeof callers].call(route.method.toUpperCase(), fill(route.path, param), route.body ? {} : undefined)
    expectRefused(answer, param)
    expect(await snapshot()).toEqual(before)
  })

  test.each(withBody)('JSON body of $name, at the top and deep inside', async ({ route }) => {
    const before = await snapshot()
    const call = callers[route.caller as keyof typeof callers]
    const top = await call.call(route.method.toUpperCase(), fill(route.path), { name: 'ООО «Нуль\u0000»', partnerId: '\u0000' })
    expectRefused(top, 'name')
    expectRefused(top, 'partnerId')
    const deep = await call.call(route.method.toUpperCase(), fill(route.path), { lines: [{ sku: 'a', note: 'bell\u0007' }] })
    expectRefused(deep, 'lines.0.note')
    expect(await snapshot()).toEqual(before)
  })

  test.each(routes.filter(([, route]) => route.method === 'get').map(([name, route]) => ({ name, route })))('query string of $name', async ({ route }) => {
    const answer = await callers[route.caller as keyof typeof callers].call('GET', `${fill(route.path)}?partnerId=%00`)
    expectRefused(answer, 'partnerId')
  })

  test('tab, newline and carriage return stay allowed in free text', async () => {
    const answer = await relay.admin('POST', '/v1/admin/partners', { name: 'ООО\t«Строки»\r\n', inn: validInn(77), email: 'lines@example.ru' })
    expect(answer.status).toBe(201)
  })

  test('a key holding a control character is named printably', async () => {
    const answer = await relay.admin('POST', '/v1/admin/partners', { 'na\u0000me': 'x' })
    expectRefused(answer, 'na\\u0000me')
  })
})
