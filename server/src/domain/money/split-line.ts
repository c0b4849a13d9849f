import { DomainError } from '../domain-error'
import { assertBps } from './assert-bps'

export type SplitLineOptions = { listKop: bigint; discountBps: number }
export type LineSplit = { listKop: bigint; rewardKop: bigint; payableKop: bigint }

/**
 * Splits a line's client price into the partner's reward and what the partner pays the vendor
 * (AT-5.2, X-1). This is the one place a discount is rounded: the reward is rounded half up to
 * the kopeck, and the payable is the rest, so reward + payable = list exactly.
 * @throws DomainError invalid_request for a negative price or a discount outside 0..10000 bps.
 */
export const splitLine = ({ listKop, discountBps }: SplitLineOptions): LineSplit => {
  if (listKop < 0n) throw new DomainError('invalid_request', `listKop must not be negative, got ${listKop}`)
  assertBps(discountBps, 'discountBps')
  const rewardKop = (listKop * BigInt(discountBps) + 5_000n) / 10_000n
  return { listKop, rewardKop, payableKop: listKop - rewardKop }
}
