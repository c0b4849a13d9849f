const isPlainObject = (value: object): value is Record<string, unknown> => {
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

const bigintToNumber = (value: bigint): number => {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError(`${value} is beyond the safe integer range of JSON numbers`)
  }
  return Number(value)
}

/**
 * Copies a result into what JSON can carry: every `bigint` (kopecks, ids) becomes a number.
 * Amounts beyond 2^53 kopecks cannot occur in practice; one that does is a bug and fails loudly.
 * @throws RangeError on a bigint outside the safe integer range
 */
export const toJsonValue = (value: unknown): unknown => {
  if (typeof value === 'bigint') return bigintToNumber(value)
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map(toJsonValue)
  // Dates and other class instances keep their own toJSON.
  if (!isPlainObject(value)) return value
  const copy: Record<string, unknown> = {}
  for (const key of Object.keys(value)) copy[key] = toJsonValue(value[key])
  return copy
}
