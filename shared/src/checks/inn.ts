const digitsOf = (value: string) => [...value].map(Number)

const checkDigit = (digits: number[], weights: number[]) => (weights.reduce((sum, weight, i) => sum + weight * digits[i], 0) % 11) % 10

const W10 = [2, 4, 10, 3, 5, 9, 4, 6, 8]
const W11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
const W12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]

/** Why an INN is refused, as a reason code both the relay's error details and the widget's words use. */
export type InnProblem = 'inn_length' | 'inn_checksum'

/**
 * What is wrong with an INN (AT-1.1), or null: not 10 or 12 digits (letters included), or check
 * digits that do not add up — two different mistakes a partner fixes differently, so they are told apart.
 */
export const innProblem = (value: string): InnProblem | null => {
  if (!/^\d{10}$|^\d{12}$/.test(value)) return 'inn_length'
  const d = digitsOf(value)
  const isSound = d.length === 10 ? checkDigit(d, W10) === d[9] : checkDigit(d, W11) === d[10] && checkDigit(d, W12) === d[11]
  return isSound ? null : 'inn_checksum'
}

/** INN check digits (AT-1.1): 10 digits for organisations, 12 for individuals. */
export const isValidInn = (value: string): boolean => innProblem(value) === null

/** KPP: 4 digits (tax office), 2 digits or capital Latin letters (reason), 3 digits. */
export const isValidKpp = (value: string): boolean => /^\d{4}[\dA-Z]{2}\d{3}$/.test(value)

/** The remainder of a long digit string divided by a small number, without losing precision. */
const remainder = (digits: string, divisor: number) => [...digits].reduce((rest, digit) => (rest * 10 + Number(digit)) % divisor, 0)

/**
 * OGRN (13 digits, organisations) or OGRNIP (15, sole traders) with its check digit: the number
 * without its last digit modulo 11 (or 13), last digit of that.
 */
export const isValidOgrn = (value: string): boolean => {
  if (!/^\d{13}$|^\d{15}$/.test(value)) return false
  const body = value.slice(0, -1)
  return remainder(body, value.length === 13 ? 11 : 13) % 10 === Number(value.at(-1))
}
