const digitsOf = (value: string) => [...value].map(Number)

const checkDigit = (digits: number[], weights: number[]) => (weights.reduce((sum, weight, i) => sum + weight * digits[i], 0) % 11) % 10

const W10 = [2, 4, 10, 3, 5, 9, 4, 6, 8]
const W11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
const W12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]

/** INN check digits (AT-1.1): 10 digits for organisations, 12 for individuals. */
export const isValidInn = (value: string): boolean => {
  if (!/^\d{10}$|^\d{12}$/.test(value)) return false
  const d = digitsOf(value)
  if (d.length === 10) return checkDigit(d, W10) === d[9]
  return checkDigit(d, W11) === d[10] && checkDigit(d, W12) === d[11]
}

/** KPP: 4 digits (tax office), 2 digits or capital Latin letters (reason), 3 digits. */
export const isValidKpp = (value: string): boolean => /^\d{4}[\dA-Z]{2}\d{3}$/.test(value)
