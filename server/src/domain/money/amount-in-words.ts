import { DomainError } from '../domain-error'

type Gender = 'masculine' | 'feminine'
/** Noun forms for 1, for 2–4 and for 5–20 (and 11–14), as Russian counts them. */
type Forms = readonly [one: string, few: string, many: string]
type Scale = { forms: Forms; gender: Gender }

const ONES_MASCULINE = ['', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять']
const ONES_FEMININE = ['', 'одна', 'две', ...ONES_MASCULINE.slice(3)]
const TEENS = ['десять', 'одиннадцать', 'двенадцать', 'тринадцать', 'четырнадцать', 'пятнадцать', 'шестнадцать', 'семнадцать', 'восемнадцать', 'девятнадцать']
const TENS = ['', '', 'двадцать', 'тридцать', 'сорок', 'пятьдесят', 'шестьдесят', 'семьдесят', 'восемьдесят', 'девяносто']
const HUNDREDS = ['', 'сто', 'двести', 'триста', 'четыреста', 'пятьсот', 'шестьсот', 'семьсот', 'восемьсот', 'девятьсот']

const RUBLES: Forms = ['рубль', 'рубля', 'рублей']
const KOPECKS: Forms = ['копейка', 'копейки', 'копеек']

/** Groups of three digits, lowest first: units, thousands, millions, … */
const SCALES: readonly Scale[] = [
  { forms: ['', '', ''], gender: 'masculine' },
  { forms: ['тысяча', 'тысячи', 'тысяч'], gender: 'feminine' },
  { forms: ['миллион', 'миллиона', 'миллионов'], gender: 'masculine' },
  { forms: ['миллиард', 'миллиарда', 'миллиардов'], gender: 'masculine' },
  { forms: ['триллион', 'триллиона', 'триллионов'], gender: 'masculine' },
  { forms: ['квадриллион', 'квадриллиона', 'квадриллионов'], gender: 'masculine' },
]
const MAX_RUBLES = 1000n ** BigInt(SCALES.length) - 1n

/** Picks the noun form a number takes: 1, 21 → one; 2–4, 22 → few; 0, 5–20, 11–14 → many. */
const pluralForm = (n: bigint, forms: Forms): string => {
  const lastTwo = n % 100n
  const last = n % 10n
  if (lastTwo >= 11n && lastTwo <= 14n) return forms[2]
  if (last === 1n) return forms[0]
  if (last >= 2n && last <= 4n) return forms[1]
  return forms[2]
}

const tripletWords = (n: number, gender: Gender): string[] => {
  const ones = gender === 'feminine' ? ONES_FEMININE : ONES_MASCULINE
  const tens = Math.floor(n / 10) % 10
  const words = [HUNDREDS[Math.floor(n / 100)]]
  if (tens === 1) return [...words, TEENS[n % 10]].filter(Boolean)
  return [...words, TENS[tens], ones[n % 10]].filter(Boolean)
}

const rublesInWords = (rubles: bigint): string[] => {
  if (rubles === 0n) return ['ноль']
  const words: string[] = []
  let rest = rubles
  for (const scale of SCALES) {
    const triplet = rest % 1000n
    if (triplet > 0n) {
      const noun = scale.forms[0] ? [pluralForm(triplet, scale.forms)] : []
      words.unshift(...tripletWords(Number(triplet), scale.gender), ...noun)
    }
    rest /= 1000n
  }
  return words
}

/**
 * Writes an invoice total in Russian words, rubles in words and kopecks in two digits:
 * 123456789n → "Один миллион двести тридцать четыре тысячи пятьсот шестьдесят семь рублей 89 копеек".
 * Shown under the invoice total (AT-5.1).
 * @throws DomainError `internal` for a negative amount or one of a quintillion rubles or more:
 * no invoice can carry either, so it is a bug upstream.
 */
export const amountInWords = (kop: bigint): string => {
  const rubles = kop / 100n
  if (kop < 0n || rubles > MAX_RUBLES) {
    throw new DomainError('internal', `Cannot write ${kop} kopecks in words: out of range`)
  }
  const kopecks = kop % 100n
  const text = [...rublesInWords(rubles), pluralForm(rubles, RUBLES), kopecks.toString().padStart(2, '0'), pluralForm(kopecks, KOPECKS)].join(' ')
  return text.charAt(0).toUpperCase() + text.slice(1)
}
