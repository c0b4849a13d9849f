import { describe, expect, test } from 'vitest'
import { splitLine } from './split-line'

describe('splitLine', () => {
  test.each([
    { label: 'base discount 20% of 990 ₽ (AT-5.2)', listKop: 99_000n, bps: 2000, rewardKop: 19_800n },
    { label: '1 kopeck at 20% rounds to 0 reward (AT-5.2)', listKop: 1n, bps: 2000, rewardKop: 0n },
    { label: 'half a kopeck rounds up (AT-5.2)', listKop: 5n, bps: 1000, rewardKop: 1n },
    { label: 'just under half a kopeck rounds down', listKop: 49n, bps: 100, rewardKop: 0n },
    { label: 'exactly half a kopeck at 1 bps rounds up', listKop: 5_000n, bps: 1, rewardKop: 1n },
    { label: '0% leaves the whole price payable', listKop: 123_456n, bps: 0, rewardKop: 0n },
    { label: '100% makes the whole price the reward', listKop: 123_456n, bps: 10_000, rewardKop: 123_456n },
    { label: 'a zero line splits into zeros', listKop: 0n, bps: 2000, rewardKop: 0n },
    { label: 'large amounts stay exact: 10^12 kop at 22.35%', listKop: 10n ** 12n, bps: 2235, rewardKop: 223_500_000_000n },
    { label: 'beyond Number precision stays exact', listKop: 2n ** 60n + 7n, bps: 3333, rewardKop: 384_268_737_485_462_099n },
  ])('$label', ({ listKop, bps, rewardKop }) => {
    const split = splitLine({ listKop, discountBps: bps })
    expect(split.rewardKop).toBe(rewardKop)
    expect(split.listKop).toBe(listKop)
    expect(split.payableKop + split.rewardKop).toBe(listKop)
  })

  test('reward and payable add up to the price for every price and discount (X-1)', () => {
    const broken: string[] = []
    for (let listKop = 0n; listKop < 300n; listKop += 1n) {
      for (const bps of [1, 999, 1000, 1500, 2000, 2500, 3333, 5000, 9999]) {
        const { rewardKop, payableKop } = splitLine({ listKop, discountBps: bps })
        if (rewardKop + payableKop !== listKop || rewardKop < 0n || payableKop < 0n) broken.push(`${listKop}@${bps}`)
      }
    }
    expect(broken).toEqual([])
  })

  test.each([
    { label: 'refuses a discount above 100%', listKop: 100n, bps: 10_001 },
    { label: 'refuses a negative discount', listKop: 100n, bps: -1 },
    { label: 'refuses a fractional basis point', listKop: 100n, bps: 20.5 },
    { label: 'refuses a negative price', listKop: -1n, bps: 2000 },
  ])('$label', ({ listKop, bps }) => {
    expect(() => splitLine({ listKop, discountBps: bps })).toThrow(expect.objectContaining({ code: 'invalid_request' }))
  })
})
