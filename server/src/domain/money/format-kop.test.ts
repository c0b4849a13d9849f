import { describe, expect, test } from 'vitest'
import { formatKop } from './format-kop'

describe('formatKop', () => {
  test.each([
    { label: 'zero', kop: 0n, text: '0,00' },
    { label: 'kopecks only', kop: 5n, text: '0,05' },
    { label: 'under a thousand rubles', kop: 99_000n, text: '990,00' },
    { label: 'thousands grouped with a no-break space', kop: 123_456n, text: '1\u00a0234,56' },
    { label: 'millions', kop: 123_456_789_01n, text: '123\u00a0456\u00a0789,01' },
    { label: 'negative amounts keep the sign', kop: -123_456n, text: '-1\u00a0234,56' },
    { label: 'beyond Number precision', kop: 10n ** 20n + 1n, text: '1\u00a0000\u00a0000\u00a0000\u00a0000\u00a0000\u00a0000,01' },
  ])('$label', ({ kop, text }) => {
    expect(formatKop(kop)).toBe(text)
  })
})
