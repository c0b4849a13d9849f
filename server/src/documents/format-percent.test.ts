import { describe, expect, test } from 'vitest'
import { formatPercent } from './format-percent'

describe('formatPercent', () => {
  test.each([
    { label: 'whole percent', bps: 2000, text: '20%' },
    { label: 'zero', bps: 0, text: '0%' },
    { label: 'one decimal drops the trailing zero', bps: 2250, text: '22,5%' },
    { label: 'two decimals', bps: 1234, text: '12,34%' },
    { label: 'a hundredth of a percent', bps: 5, text: '0,05%' },
  ])('$label', ({ bps, text }) => {
    expect(formatPercent(bps)).toBe(text)
  })
})
