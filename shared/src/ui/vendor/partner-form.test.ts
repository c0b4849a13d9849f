import { expect, test } from 'vitest'
import { discountBps } from './partner-form'

test.each([
  { label: 'empty: the status decides', typed: '', bps: undefined },
  { label: 'a whole percent', typed: '25', bps: 2500 },
  { label: 'a decimal comma', typed: '12,5', bps: 1250 },
  { label: 'hundredths', typed: '7.25', bps: 725 },
  { label: 'a hundred percent', typed: '100', bps: 10_000 },
  { label: 'over a hundred', typed: '100,01', bps: null },
  { label: 'a thousandth', typed: '1,001', bps: null },
  { label: 'a negative number', typed: '-5', bps: null },
  { label: 'words', typed: 'двадцать', bps: null },
])('a typed discount, $label: $bps basis points', ({ typed, bps }) => {
  expect(discountBps(typed)).toBe(bps)
})
