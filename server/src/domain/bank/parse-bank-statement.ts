import { isValidDate } from '../../../../shared/src/checks/is-valid-date'
import { DomainError } from '../domain-error'

/** One incoming payment of a bank statement, as the vendor's bank booked it. */
export type BankPayment = {
  /** The line of the file its section starts on, to name it in a problem. */
  line: number
  number: string
  /** The payment order's date, 'YYYY-MM-DD'. */
  date: string
  amountKop: bigint
  payerInn: string | null
  payerName: string | null
  payeeInn: string | null
  purpose: string
  /** The day the money reached the vendor's bank (`ДатаПоступило`), else the order's date: the transfer date of AT-1.6. */
  receivedOn: string
}

export type StatementProblem = { line: number; message: string }
export type BankStatement = { payments: BankPayment[]; problems: StatementProblem[] }

const SIGNATURE = '1CClientBankExchange'

/**
 * The file's text: UTF-8 when it says so or reads as UTF-8, else Windows-1251, which nearly every
 * Russian client-bank writes (its Cyrillic bytes are never valid UTF-8), with or without a BOM.
 */
const decode = (bytes: Uint8Array): string => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1251').decode(bytes)
  }
}

/** 'ДД.ММ.ГГГГ' → 'YYYY-MM-DD', or null when it is not a date that exists. */
const isoDate = (value: string): string | null => {
  const match = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(value.trim())
  const iso = match ? `${match[3]}-${match[2]}-${match[1]}` : ''
  return isValidDate(iso) ? iso : null
}

/** '17820.00', '17820,5', '17820' → kopecks, exactly; null for anything else. */
const kopecks = (value: string): bigint | null => {
  const match = /^(\d{1,15})(?:[.,](\d{1,2}))?$/.exec(value.trim())
  return match ? BigInt(match[1]) * 100n + BigInt((match[2] ?? '0').padEnd(2, '0')) : null
}

/**
 * Reads a bank statement in the 1CClientBankExchange text format: one payment per
 * `СекцияДокумент … КонецДокумента`. A section that cannot be read is a problem naming its line,
 * never a guess; a file that is not such a statement at all is refused.
 */
export const parseBankStatement = (bytes: Uint8Array): BankStatement => {
  const lines = decode(bytes)
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
  if (lines[0]?.trim() !== SIGNATURE) throw new DomainError('invalid_request', `Not a bank statement: the first line must be ${SIGNATURE}`)
  if (lines.some((text) => text.includes('\0'))) throw new DomainError('invalid_request', 'The statement holds a NUL byte: it is not a text file')
  const payments: BankPayment[] = []
  const problems: StatementProblem[] = []
  let section: { line: number; fields: Map<string, string> } | null = null
  lines.forEach((text, index) => {
    const at = text.indexOf('=')
    const key = (at < 0 ? text : text.slice(0, at)).trim()
    const value = at < 0 ? '' : text.slice(at + 1).trim()
    if (key === 'СекцияДокумент') section = { line: index + 1, fields: new Map() }
    else if (key === 'КонецДокумента' && section) {
      const read = readPayment(section.line, section.fields)
      if ('message' in read) problems.push(read)
      else payments.push(read)
      section = null
    } else if (section && key) section.fields.set(key, value)
  })
  if (section) problems.push({ line: (section as { line: number }).line, message: 'The payment has no КонецДокумента: the file is cut short' })
  return { payments, problems }
}

const readPayment = (line: number, fields: Map<string, string>): BankPayment | StatementProblem => {
  const field = (name: string) => fields.get(name) || null
  const date = isoDate(field('Дата') ?? '')
  if (!date) return { line, message: `Дата «${field('Дата') ?? ''}» is not a date ДД.ММ.ГГГГ` }
  const amountKop = kopecks(field('Сумма') ?? '')
  if (amountKop === null || amountKop === 0n) return { line, message: `Сумма «${field('Сумма') ?? ''}» is not an amount in rubles` }
  const received = field('ДатаПоступило')
  const receivedOn = received ? isoDate(received) : date
  if (!receivedOn) return { line, message: `ДатаПоступило «${received}» is not a date ДД.ММ.ГГГГ` }
  return {
    line,
    number: field('Номер') ?? '',
    date,
    amountKop,
    payerInn: field('ПлательщикИНН'),
    payerName: field('Плательщик1') ?? field('Плательщик'),
    payeeInn: field('ПолучательИНН'),
    purpose: field('НазначениеПлатежа') ?? '',
    receivedOn,
  }
}
