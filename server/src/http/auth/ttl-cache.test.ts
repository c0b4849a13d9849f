import { expect, test } from 'vitest'
import { createTtlCache } from './ttl-cache'

const setup = (maxEntries = 3) => {
  const clock = { ms: 1_000 }
  const cache = createTtlCache<string>({ ttlMs: 600_000, maxEntries, now: () => clock.ms })
  return { clock, cache }
}

test.each([
  { label: 'a fresh entry is found', ageMs: 599_999, found: 'user-7' },
  { label: 'an entry is gone at its time to live', ageMs: 600_000, found: undefined },
])('$label', ({ ageMs, found }) => {
  const { clock, cache } = setup()
  cache.set('k', 'user-7')
  clock.ms += ageMs
  expect(cache.get('k')).toBe(found)
})

test('a full cache evicts the oldest entry first', () => {
  const { cache } = setup(3)
  for (const key of ['a', 'b', 'c', 'd']) cache.set(key, key)
  expect(cache.size).toBe(3)
  expect(['a', 'b', 'c', 'd'].map((key) => cache.get(key))).toEqual([undefined, 'b', 'c', 'd'])
})

test('setting a key again makes it the youngest', () => {
  const { cache } = setup(2)
  cache.set('a', '1')
  cache.set('b', '2')
  cache.set('a', '3')
  cache.set('c', '4')
  expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual(['3', undefined, '4'])
})
