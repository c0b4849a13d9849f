import { describe, expect, test } from 'vitest'
import { DomainError } from '../domain-error'
import { amountInWords } from './amount-in-words'

describe('amountInWords (AT-5.1)', () => {
  test.each([
    { label: 'zero is "ноль рублей 00 копеек"', kop: 0n, words: 'Ноль рублей 00 копеек' },
    { label: 'kopecks only keep zero rubles', kop: 5n, words: 'Ноль рублей 05 копеек' },
    { label: 'one ruble is masculine singular', kop: 100n, words: 'Один рубль 00 копеек' },
    { label: 'two rubles take the genitive singular', kop: 200n, words: 'Два рубля 00 копеек' },
    { label: 'four rubles take the genitive singular', kop: 400n, words: 'Четыре рубля 00 копеек' },
    { label: 'five rubles take the genitive plural', kop: 500n, words: 'Пять рублей 00 копеек' },
    { label: '11 takes the genitive plural, not the singular', kop: 1100n, words: 'Одиннадцать рублей 00 копеек' },
    { label: '12 takes the genitive plural', kop: 1200n, words: 'Двенадцать рублей 00 копеек' },
    { label: '14 takes the genitive plural', kop: 1400n, words: 'Четырнадцать рублей 00 копеек' },
    { label: '21 takes the singular again', kop: 2100n, words: 'Двадцать один рубль 00 копеек' },
    { label: '111 ends in 11: genitive plural', kop: 11100n, words: 'Сто одиннадцать рублей 00 копеек' },
    { label: '1 kopeck is feminine singular', kop: 1n, words: 'Ноль рублей 01 копейка' },
    { label: '21 kopecks', kop: 21n, words: 'Ноль рублей 21 копейка' },
    { label: '22 kopecks', kop: 22n, words: 'Ноль рублей 22 копейки' },
    { label: '25 kopecks', kop: 25n, words: 'Ноль рублей 25 копеек' },
    { label: '11 kopecks take the genitive plural', kop: 11n, words: 'Ноль рублей 11 копеек' },
    { label: 'one thousand is feminine', kop: 100_000n, words: 'Одна тысяча рублей 00 копеек' },
    { label: 'two thousand is feminine', kop: 200_000n, words: 'Две тысячи рублей 00 копеек' },
    { label: 'five thousand', kop: 500_000n, words: 'Пять тысяч рублей 00 копеек' },
    { label: '11 thousand take the genitive plural', kop: 1_100_000n, words: 'Одиннадцать тысяч рублей 00 копеек' },
    { label: '21 thousand one', kop: 2_100_100n, words: 'Двадцать одна тысяча один рубль 00 копеек' },
    { label: '22 thousand two', kop: 2_200_200n, words: 'Двадцать две тысячи два рубля 00 копеек' },
    { label: 'a round thousand skips empty groups', kop: 100_000_000n, words: 'Один миллион рублей 00 копеек' },
    {
      label: 'the worked example from the brief',
      kop: 123_456_789n,
      words: 'Один миллион двести тридцать четыре тысячи пятьсот шестьдесят семь рублей 89 копеек',
    },
    { label: 'two million', kop: 200_000_000n, words: 'Два миллиона рублей 00 копеек' },
    { label: 'a million and one ruble skips the empty thousands', kop: 100_000_100n, words: 'Один миллион один рубль 00 копеек' },
    { label: 'one billion', kop: 100_000_000_000n, words: 'Один миллиард рублей 00 копеек' },
    {
      label: 'billions with every group filled',
      kop: 32_165_498_701_234n,
      words: 'Триста двадцать один миллиард шестьсот пятьдесят четыре миллиона девятьсот восемьдесят семь тысяч двенадцать рублей 34 копейки',
    },
    { label: 'five trillion', kop: 500_000_000_000_000n, words: 'Пять триллионов рублей 00 копеек' },
    { label: 'teens inside hundreds', kop: 91_500n, words: 'Девятьсот пятнадцать рублей 00 копеек' },
    { label: 'forty and ninety', kop: 409_000n, words: 'Четыре тысячи девяносто рублей 00 копеек' },
  ])('$label', ({ kop, words }) => {
    expect(amountInWords(kop)).toBe(words)
  })

  test.each([
    { label: 'refuses a negative amount', kop: -1n },
    { label: 'refuses a quintillion rubles', kop: 10n ** 20n },
  ])('$label', ({ kop }) => {
    expect(() => amountInWords(kop)).toThrow(DomainError)
  })
})
