import { CsvError, parse } from 'csv-parse/sync'
import { AppError } from '../../../../../shared/src/contract'
import type { ImportKind } from '../../../domain/imports/import-columns'
import { type CsvRows, type ImportFile, readImport } from '../../../domain/imports/read-import'
import type { Program } from '../../../domain/program/program-schema'

/**
 * The file's text: UTF-8 when it reads as UTF-8 (Cyrillic in Windows-1251 never does), else
 * Windows-1251, which Excel and 1C write for a Russian vendor. UTF-16 is refused by name.
 */
const decode = (bytes: Uint8Array): string => {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new AppError('invalid_request', 'The file is in UTF-16: save it as CSV in UTF-8 or Windows-1251')
  }
  if (bytes.includes(0)) throw new AppError('invalid_request', 'The file holds a NUL byte: it is not a CSV text file')
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '')
  } catch {
    return new TextDecoder('windows-1251').decode(bytes)
  }
}

/** `;` as Excel writes CSV in a Russian locale, `,` otherwise: whichever the header line holds more of. */
const delimiterOf = (text: string): ';' | ',' => {
  const header = text.slice(0, text.search(/\r|\n|$/))
  const count = (char: string) => header.split(char).length - 1
  return count(';') >= count(',') ? ';' : ','
}

/** The rows of a CSV file, each with the line it starts on, read by the CSV parser (quotes, doubled quotes, line breaks in quotes). */
const csvRows = (text: string): CsvRows => {
  try {
    // With `info` each record comes with where it was read; the parser's types do not follow the option.
    const records = parse(text, {
      delimiter: delimiterOf(text),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
    }) as unknown as { record: string[]; info: { lines: number } }[]
    return records.map(({ record, info }) => ({ line: info.lines, cells: record }))
  } catch (error) {
    if (error instanceof CsvError) throw new AppError('invalid_request', `The file is not valid CSV: ${error.message}`, { details: { code: error.code } })
    throw error
  }
}

/** An import file's bytes as the domain reads them: decoded, split into rows by the CSV parser, each line read (issue 10). */
export const readImportFile = (bytes: Uint8Array, context: { program: Program; today: string; kind?: ImportKind }): ImportFile =>
  readImport(csvRows(decode(bytes)), context)
