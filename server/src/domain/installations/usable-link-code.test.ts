import { expect, test } from 'vitest'
import { usableLinkCode } from './usable-link-code'

const NOW = new Date('2026-04-30T09:00:00Z')

test.each([
  { label: 'an unknown code is not_found', link: undefined, code: 'not_found' },
  { label: 'a used code is code_used', link: { usedAt: new Date('2026-04-29T09:00:00Z'), expiresAt: new Date('2026-05-01T00:00:00Z') }, code: 'code_used' },
  { label: 'a code expiring this very moment is code_expired', link: { usedAt: null, expiresAt: NOW }, code: 'code_expired' },
])('$label', ({ link, code }) => {
  expect(() => usableLinkCode(link, NOW)).toThrow(expect.objectContaining({ code }))
})

test('an unused code before its expiry is usable', () => {
  expect(() => usableLinkCode({ usedAt: null, expiresAt: new Date(NOW.getTime() + 1) }, NOW)).not.toThrow()
})
