/**
 * VAT contained in a VAT-inclusive amount, rounded half up once: amount × rate / (100% + rate).
 * `rateBps` null means the product is sold without VAT («Без НДС»).
 */
export const vatIncluded = ({ amountKop, rateBps }: { amountKop: bigint; rateBps: number | null }): bigint => {
  if (rateBps === null || rateBps === 0) return 0n
  const numerator = amountKop * BigInt(rateBps)
  const denominator = 10_000n + BigInt(rateBps)
  return (numerator * 2n + denominator) / (denominator * 2n)
}
