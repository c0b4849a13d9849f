/** A cell as a report gives it: text, a sum in kopecks, a count, or nothing. */
export type CsvCell = string | { kop: bigint | number | string } | number | null

export type CsvLocale = 'ru' | 'en'

const BOM = '\uFEFF'
const SEPARATOR = ';'
// A cell Excel would read as a formula (CSV injection): shown as text instead.
const FORMULA_START = /^[=+\-@\t\r]/

/** Kopecks as Excel reads a number in the language: 1782000 → "17820,00" (ru) or "17820.00" (en), no grouping. */
const money = (kop: bigint | number | string, locale: CsvLocale) => {
  const value = BigInt(kop)
  const abs = value < 0n ? -value : value
  const text = `${abs / 100n}${locale === 'ru' ? ',' : '.'}${(abs % 100n).toString().padStart(2, '0')}`
  return value < 0n ? `-${text}` : text
}

const text = (cell: CsvCell, locale: CsvLocale): string => {
  if (cell === null) return ''
  if (typeof cell === 'number') return String(cell)
  if (typeof cell === 'object') return money(cell.kop, locale)
  return FORMULA_START.test(cell) ? `'${cell}` : cell
}

const quoted = (value: string) => (/[";\r\n]/.test(value) || value !== value.trim() ? `"${value.replaceAll('"', '""')}"` : value)

/**
 * A table as a CSV file that Excel opens as is in Russia: UTF-8 with a BOM, `;` between cells,
 * CRLF line ends, sums with the language's decimal mark and no grouping so they stay numbers.
 */
export const renderCsv = (header: string[], rows: CsvCell[][], locale: CsvLocale): Buffer => {
  const lines = [header, ...rows].map((row) => row.map((cell) => quoted(text(cell, locale))).join(SEPARATOR))
  return Buffer.from(`${BOM}${lines.join('\r\n')}\r\n`, 'utf8')
}
