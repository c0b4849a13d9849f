/** A partner's individual volume thresholds as stored (kopecks as JSON numbers), as bigints (AG-REQ ***). */
export const thresholdsOf = (stored: Record<string, number>): Record<string, bigint> =>
  Object.fromEntries(Object.entries(stored).map(([status, kop]) => [status, BigInt(kop)]))
