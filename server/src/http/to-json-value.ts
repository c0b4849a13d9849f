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
 * A result in the form JSON can carry: every `bigint` (kopecks, ids) becomes a number. Only what
 * holds a bigint is copied; a result without one (most answers, the card among them) comes back as
 * it is, so answering it costs one walk and no copy.
 * Amounts beyond 2^53 kopecks cannot occur in practice; one that does is a bug and fails loudly.
 * @throws RangeError on a bigint outside the safe integer range
 */
export const toJsonValue = (value: unknown): unknown => {
  if (typeof value === 'bigint') return bigintToNumber(value)
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined
    for (let index = 0; index < value.length; index++) {
      const item = value[index]
      const json = toJsonValue(item)
      if (copy) copy[index] = json
      else if (json !== item) {
        copy = value.slice(0, index)
        copy[index] = json
      }
    }
    return copy ?? value
  }
  // Dates and other class instances keep their own toJSON.
  if (!isPlainObject(value)) return value
  let copy: Record<string, unknown> | undefined
  const keys = Object.keys(value)
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index]
    const item = value[key]
    const json = toJsonValue(item)
    if (copy) copy[key] = json
    else if (json !== item) {
      copy = {}
      for (let before = 0; before < index; before++) copy[keys[before]] = value[keys[before]]
      copy[key] = json
    }
  }
  return copy ?? value
}
