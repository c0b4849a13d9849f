import { expect, test } from 'vitest'
import { toJsonValue } from './to-json-value'

test.each([
  { label: 'a bigint at the top', value: 5n, json: 5 },
  { label: 'bigints deep in arrays and objects', value: { a: [{ kop: -150n }], b: { c: 0n } }, json: { a: [{ kop: -150 }], b: { c: 0 } } },
  { label: 'the largest safe amount', value: BigInt(Number.MAX_SAFE_INTEGER), json: Number.MAX_SAFE_INTEGER },
  { label: 'other values are kept', value: { s: 'x', n: 1.5, t: true, z: null, u: undefined }, json: { s: 'x', n: 1.5, t: true, z: null, u: undefined } },
])('$label', ({ value, json }) => {
  expect(toJsonValue(value)).toEqual(json)
})

test('a Date keeps its own JSON form', () => {
  const at = new Date('2026-04-30T09:00:00Z')
  expect(JSON.stringify(toJsonValue({ at, kop: 1n }))).toBe('{"at":"2026-04-30T09:00:00.000Z","kop":1}')
})

test('an amount beyond the safe integer range fails loudly instead of losing kopecks', () => {
  expect(() => toJsonValue({ kop: BigInt(Number.MAX_SAFE_INTEGER) + 1n })).toThrow(RangeError)
})

test('a result without a bigint is answered as it is, one with a bigint is copied and left untouched', () => {
  const plain = { a: [{ s: 'x' }, null], b: { n: 1 } }
  expect(toJsonValue(plain)).toBe(plain)
  const withKop = { a: [{ s: 'x' }, { kop: 2n }], b: { n: 1 } }
  const json = toJsonValue(withKop) as typeof plain
  expect(json).toEqual({ a: [{ s: 'x' }, { kop: 2 }], b: { n: 1 } })
  expect(withKop.a[1]).toEqual({ kop: 2n })
  // What holds no bigint is shared, not copied.
  expect(json.b).toBe(withKop.b)
  expect(Object.keys(json)).toEqual(['a', 'b'])
})
