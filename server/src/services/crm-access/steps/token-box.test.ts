import { randomBytes } from 'node:crypto'
import { expect, test } from 'vitest'
import { createTokenBox } from './token-box'

const OLD = randomBytes(32)
const NEW = randomBytes(32)

test('a sealed token opens with its context and shows no trace of the token (issue 12)', () => {
  const box = createTokenBox({ current: OLD })
  const sealed = box.seal('access-token-value', 'crm-access:i1:access')
  expect(sealed).toMatch(/^v1:[0-9a-f]{8}:[\w-]+:[\w-]+:[\w-]+$/)
  expect(sealed).not.toContain('access-token-value')
  expect(box.open(sealed, 'crm-access:i1:access')).toBe('access-token-value')
  // Two seals of one token differ: a fresh IV each time.
  expect(box.seal('access-token-value', 'crm-access:i1:access')).not.toBe(sealed)
})

/** The same sealed text with the first character of its ciphertext part changed. */
const alterCiphertext = (sealed: string) => {
  const parts = sealed.split(':')
  parts[3] = (parts[3][0] === 'A' ? 'B' : 'A') + parts[3].slice(1)
  return parts.join(':')
}

test.each([
  { label: 'moved to another installation', change: (s: string) => s, context: 'crm-access:i2:access' },
  { label: 'moved to the refresh slot', change: (s: string) => s, context: 'crm-access:i1:refresh' },
  { label: 'with its ciphertext altered', change: alterCiphertext, context: 'crm-access:i1:access' },
])('refuses to open a token $label', ({ change, context }) => {
  const box = createTokenBox({ current: OLD })
  const sealed = change(box.seal('access-token-value', 'crm-access:i1:access'))
  expect(() => box.open(sealed, context)).toThrow()
})

test('key rotation: the previous key still opens, new seals use the current one; without it the token is unreadable', () => {
  const sealedOld = createTokenBox({ current: OLD }).seal('refresh-token-value', 'c')
  const rotating = createTokenBox({ current: NEW, previous: OLD })
  expect(rotating.open(sealedOld, 'c')).toBe('refresh-token-value')
  expect(rotating.isCurrent(sealedOld)).toBe(false)
  const resealed = rotating.seal(rotating.open(sealedOld, 'c'), 'c')
  expect(rotating.isCurrent(resealed)).toBe(true)
  const rotated = createTokenBox({ current: NEW })
  expect(rotated.open(resealed, 'c')).toBe('refresh-token-value')
  expect(() => rotated.open(sealedOld, 'c')).toThrow(/RELAY_SECRET_KEY_PREVIOUS/)
})
