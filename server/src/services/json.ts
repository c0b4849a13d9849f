/** The JSON view of a value: bigint kopecks become numbers (the contract's `...Kop`). */
export type Jsonify<T> = T extends bigint
  ? number
  : T extends Date
    ? string
    : T extends (infer U)[]
      ? Jsonify<U>[]
      : T extends object
        ? { [K in keyof T]: Jsonify<T[K]> }
        : T

/** Deep copy with bigint → number; what is stored for replays is exactly what was answered. */
export const toJson = <T>(value: T): Jsonify<T> => JSON.parse(JSON.stringify(value, (_key, v) => (typeof v === 'bigint' ? Number(v) : v)))

/** The reverse of `toJson` for what the relay stored itself: every `…Kop` number becomes bigint kopecks again. */
export const fromJson = <T>(value: Jsonify<T>): T =>
  JSON.parse(JSON.stringify(value), (key, v) => (key.endsWith('Kop') && typeof v === 'number' ? BigInt(v) : v))
