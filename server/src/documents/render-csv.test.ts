import { expect, test } from 'vitest'
import { renderCsv } from './render-csv'

const text = (buffer: Buffer) => buffer.toString('utf8')

test('a CSV for Excel: BOM, «;», CRLF, quotes only where a cell needs them', () => {
  const csv = renderCsv(
    ['Партнёр', 'Сумма'],
    [
      ['ООО «Альфа; Бета»', { kop: 1782000n }],
      ['Он сказал "да"', null],
      ['две\nстроки', 5],
    ],
    'ru',
  )
  expect(text(csv)).toBe('\uFEFFПартнёр;Сумма\r\n"ООО «Альфа; Бета»";17820,00\r\n"Он сказал ""да""";\r\n"две\nстроки";5\r\n')
})

test('sums are exact kopecks with the language’s decimal mark and no grouping, negatives included', () => {
  const row = (kop: bigint | number | string, locale: 'ru' | 'en') => text(renderCsv(['x'], [[{ kop }]], locale)).split('\r\n')[1]
  expect(row(5n, 'ru')).toBe('0,05')
  expect(row(-123456, 'ru')).toBe('-1234,56')
  expect(row('900719925474099312', 'en')).toBe('9007199254740993.12')
})

test('a cell Excel would run as a formula is written as text (CSV injection)', () => {
  const cells = ['=HYPERLINK("x")', '+7 495', '-1', '@SUM(A1)'].map((value) => text(renderCsv(['x'], [[value]], 'ru')).split('\r\n')[1])
  expect(cells).toEqual([`"'=HYPERLINK(""x"")"`, "'+7 495", "'-1", "'@SUM(A1)"])
})
