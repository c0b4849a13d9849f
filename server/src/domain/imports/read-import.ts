import { isAccountNumberOf } from '../../../../shared/src/checks/account-number'
import { isValidInn, isValidKpp } from '../../../../shared/src/checks/inn'
import { isValidDate } from '../../../../shared/src/checks/is-valid-date'
import { DomainError } from '../domain-error'
import type { Program } from '../program/program-schema'
import { columnKey, IMPORT_COLUMNS, IMPORT_KINDS, type ImportKind } from './import-columns'

/** Why a line cannot be imported, naming its column, in both languages the widgets speak. */
export type ImportProblem = { field: string; ru: string; en: string }

export type PartnerLine = {
  inn: string
  name: string
  kpp: string | null
  email: string
  address: string | null
  status: string | null
  discountBps: number | null
}
export type PaidTerm = { sku: string; name: string; quantity: number; paidUntil: string }
export type ClientLine = { accountNumber: string; name: string; inn: string | null; partnerInn: string; pinnedSince: string; term: PaidTerm | null }
export type InvoiceLine = {
  number: string
  issuedOn: string
  partnerInn: string
  accountNumber: string | null
  sku: string
  name: string
  quantity: number
  amountKop: bigint
  paidOn: string | null
  transferredOn: string | null
}

/** One line of the file: what it says, or why it cannot be read. `key` names it across loads and within the file. */
export type ReadLine<T> = { line: number; key: string; value: T | null; problems: ImportProblem[] }

/** Each field's column as the file's own header names it, so a problem is told in the file's words. */
export type ImportColumns = Record<string, string>

export type ImportFile = { columns: ImportColumns } & (
  | { kind: 'partners'; lines: ReadLine<PartnerLine>[] }
  | { kind: 'clients'; lines: ReadLine<ClientLine>[] }
  | { kind: 'invoices'; lines: ReadLine<InvoiceLine>[] }
)

/** The file's rows as the CSV parser read them, the header first, each with the line of the file it starts on. */
export type CsvRows = { line: number; cells: string[] }[]

type Context = { program: Program; today: string }

const KIND_NAMES: Record<ImportKind, string> = { partners: 'партнёры', clients: 'клиенты', invoices: 'счета' }

/** A number of an invoice the relay issues or a credit note it writes: a historic number of that form would collide with the live series (X-3). */
const LIVE_NUMBER = /^(К-)?\d{4}-\d{6}$/

const refuse = (message: string, details?: unknown): never => {
  throw new DomainError('invalid_request', message, details === undefined ? {} : { details })
}

const fieldsOf = (kind: ImportKind, header: string[]) => {
  const columns = IMPORT_COLUMNS[kind]
  const fields = header.map((name) => columns.find((column) => column.names.includes(columnKey(name)))?.field ?? null)
  const unknown = header.filter((_, index) => fields[index] === null)
  const missing = columns.filter((column) => column.required && !fields.includes(column.field)).map((column) => column.names[0])
  return { fields, unknown, missing }
}

/**
 * The kind a header describes: the one given, else the only kind all its columns belong to with
 * nothing required missing. A header naming no column at all is a file without a header row.
 * @throws invalid_request naming the unknown and the missing columns.
 */
export const importKindOf = (header: string[], given?: ImportKind): { kind: ImportKind; fields: (string | null)[] } => {
  const known = header.some((name) => IMPORT_KINDS.some((kind) => IMPORT_COLUMNS[kind].some((column) => column.names.includes(columnKey(name)))))
  if (!known) {
    refuse(`The file has no header row: its first line must name the columns, e.g. "ИНН;Наименование;E-mail" (first line: "${header.join(';').slice(0, 80)}")`)
  }
  const kinds = given ? [given] : IMPORT_KINDS
  const read = kinds.map((kind) => ({ kind, ...fieldsOf(kind, header) }))
  const fits = read.filter((candidate) => candidate.unknown.length === 0 && candidate.missing.length === 0)
  if (fits.length === 1) return { kind: fits[0].kind, fields: fits[0].fields }
  if (fits.length > 1) refuse(`The header fits several kinds (${fits.map((fit) => fit.kind).join(', ')}): name the kind`)
  const nearest = [...read].sort((a, b) => a.unknown.length + a.missing.length - (b.unknown.length + b.missing.length))[0]
  const parts = [
    nearest.unknown.length > 0 ? `unknown column ${nearest.unknown.map((name) => `"${name}"`).join(', ')}` : null,
    nearest.missing.length > 0 ? `missing column ${nearest.missing.map((name) => `"${name}"`).join(', ')}` : null,
  ].filter(Boolean)
  return refuse(`The header does not fit an import of ${nearest.kind} (${KIND_NAMES[nearest.kind]}): ${parts.join('; ')}`, {
    kind: nearest.kind,
    unknown: nearest.unknown,
    missing: nearest.missing,
  })
}

/** 'ДД.ММ.ГГГГ' or 'YYYY-MM-DD' → 'YYYY-MM-DD', or null when it is not a date that exists. */
export const importDate = (value: string): string | null => {
  const russian = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(value)
  const iso = russian ? `${russian[3]}-${russian[2]}-${russian[1]}` : value
  return isValidDate(iso) ? iso : null
}

/** '17 820,50', '17820.5', '17 820' (spaces of any kind between thousands) → kopecks, exactly; null for anything else. */
export const importKopecks = (value: string): bigint | null => {
  const match = /^(\d{1,15})(?:[.,](\d{1,2}))?$/.exec(value.replace(/[\s\u00a0\u202f]/g, ''))
  return match ? BigInt(match[1]) * 100n + BigInt((match[2] ?? '0').padEnd(2, '0')) : null
}

/** Reads one line's cells by field, collecting what is wrong with them instead of stopping at the first. */
const lineReader = (cells: Map<string, string>, context: Context) => {
  const problems: ImportProblem[] = []
  const problem = (field: string, ru: string, en: string) => {
    problems.push({ field, ru, en })
    return null
  }
  const text = (field: string) => cells.get(field) ?? ''
  const optional = (field: string) => text(field) || null
  const required = (field: string) => text(field) || problem(field, 'не заполнено', 'is empty')
  const inn = (field: string, value: string | null) => {
    if (value === null) return null
    return isValidInn(value) ? value : problem(field, `ИНН ${value} не проходит проверку контрольных цифр`, `INN ${value} fails its check digits`)
  }
  const date = (field: string, value: string | null, { past = true } = {}) => {
    if (value === null) return null
    const iso = importDate(value)
    if (!iso)
      return problem(field, `«${value}» — не существующая дата (ДД.ММ.ГГГГ или ГГГГ-ММ-ДД)`, `"${value}" is not a date that exists (DD.MM.YYYY or YYYY-MM-DD)`)
    if (past && iso > context.today) return problem(field, `дата ${value} ещё не наступила`, `${value} is in the future`)
    return iso
  }
  const count = (field: string, value: string | null) => {
    if (value === null) return null
    return /^[1-9]\d{0,5}$/.test(value)
      ? Number(value)
      : problem(field, `«${value}» — не целое положительное число`, `"${value}" is not a whole positive number`)
  }
  const account = (field: string, value: string | null) => {
    if (value === null) return null
    const digits = context.program.accountNumberDigits
    return /^\d{1,32}$/.test(value) && isAccountNumberOf(digits, value)
      ? value
      : problem(
          field,
          `«${value}» — не номер лицевого счёта${digits ? ` (${digits} цифр)` : ''}`,
          `"${value}" is not an account number${digits ? ` (${digits} digits)` : ''}`,
        )
  }
  const product = (field: string, value: string | null) => {
    if (value === null) return null
    const found = context.program.products.find((candidate) => candidate.sku === value || candidate.name === value)
    return found ?? problem(field, `продукта «${value}» нет в программе`, `product "${value}" is not in the program`)
  }
  return { problems, problem, text, optional, required, inn, date, count, account, product }
}

const readPartner = (read: ReturnType<typeof lineReader>, context: Context): PartnerLine | null => {
  const name = read.required('name')
  const inn = read.inn('inn', read.required('inn'))
  const kpp = read.optional('kpp')
  if (kpp !== null && !isValidKpp(kpp)) read.problem('kpp', `«${kpp}» — не КПП (9 знаков)`, `"${kpp}" is not a KPP (9 characters)`)
  const email = read.required('email')
  if (email !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) read.problem('email', `«${email}» — не адрес e-mail`, `"${email}" is not an e-mail address`)
  const statusText = read.optional('status')
  const status = statusText === null ? null : (context.program.statuses.find((s) => s.id === statusText || s.name === statusText)?.id ?? null)
  if (statusText !== null && status === null) read.problem('status', `статуса «${statusText}» нет в программе`, `status "${statusText}" is not in the program`)
  const discountText = read.optional('discount')
  const discount = discountText === null ? null : /^(\d{1,3})(?:[.,](\d{1,2}))?\s*%?$/.exec(discountText)
  const discountBps = discount ? Number(discount[1]) * 100 + Number((discount[2] ?? '0').padEnd(2, '0')) : null
  if (discountText !== null && (discountBps === null || discountBps > 10_000)) {
    read.problem('discount', `«${discountText}» — не скидка в процентах от 0 до 100`, `"${discountText}" is not a discount in percent from 0 to 100`)
  }
  if (read.problems.length > 0 || !name || !inn || !email) return null
  return { inn, name, kpp, email, address: read.optional('address'), status, discountBps }
}

const readClient = (read: ReturnType<typeof lineReader>): ClientLine | null => {
  const accountNumber = read.account('accountNumber', read.required('accountNumber'))
  const name = read.required('name')
  const inn = read.inn('inn', read.optional('inn'))
  const partnerInn = read.inn('partnerInn', read.required('partnerInn'))
  const pinnedSince = read.date('pinnedSince', read.required('pinnedSince'))
  const productText = read.optional('product')
  let term: PaidTerm | null = null
  if (productText !== null || read.optional('quantity') !== null || read.optional('paidUntil') !== null) {
    const product = read.product('product', read.required('product'))
    const quantity = read.count('quantity', read.required('quantity'))
    const paidUntil = read.date('paidUntil', read.required('paidUntil'), { past: false })
    if (pinnedSince && paidUntil && paidUntil < pinnedSince) {
      read.problem('paidUntil', 'оплачено до даты закрепления', 'paid until a day before the pin')
    }
    if (product && quantity && paidUntil) term = { sku: product.sku, name: product.name, quantity, paidUntil }
  }
  if (read.problems.length > 0 || !accountNumber || !name || !partnerInn || !pinnedSince) return null
  return { accountNumber, name, inn, partnerInn, pinnedSince, term }
}

const readInvoice = (read: ReturnType<typeof lineReader>): InvoiceLine | null => {
  const number = read.required('number')
  if (number !== null && LIVE_NUMBER.test(number)) {
    read.problem(
      'number',
      `номер ${number} имеет вид номеров, которые выдаёт реле, и столкнётся с ними: добавьте префикс, например «А-${number}»`,
      `number ${number} has the form of the relay's own series and would collide with it: add a prefix, e.g. "A-${number}"`,
    )
  }
  const issuedOn = read.date('date', read.required('date'))
  const partnerInn = read.inn('partnerInn', read.required('partnerInn'))
  const accountNumber = read.account('accountNumber', read.optional('accountNumber'))
  const product = read.product('product', read.required('product'))
  const quantity = read.count('quantity', read.required('quantity'))
  const amountText = read.required('amount')
  const amountKop = amountText === null ? null : importKopecks(amountText)
  if (amountText !== null && amountKop === null) {
    read.problem('amount', `«${amountText}» — не сумма в рублях (17 820,50)`, `"${amountText}" is not an amount in roubles (17 820,50)`)
  }
  const paidOn = read.date('paidOn', read.optional('paidOn'))
  const transferredOn = read.date('transferredOn', read.optional('transferredOn'))
  if (issuedOn && paidOn && paidOn < issuedOn) read.problem('paidOn', 'оплачен раньше, чем выставлен', 'paid before it was issued')
  if (transferredOn && !paidOn) read.problem('transferredOn', 'перечислено, но оплата клиента не указана', 'transferred, but the client payment is not given')
  if (transferredOn && paidOn && transferredOn < paidOn)
    read.problem('transferredOn', 'перечислено раньше оплаты клиента', 'transferred before the client paid')
  if (read.problems.length > 0 || !number || !issuedOn || !partnerInn || !product || !quantity || amountKop === null) return null
  return { number, issuedOn, partnerInn, accountNumber, sku: product.sku, name: product.name, quantity, amountKop, paidOn, transferredOn }
}

const keyOf = (kind: ImportKind, cells: Map<string, string>) => {
  if (kind === 'partners') return cells.get('inn') ?? ''
  const [head, product] = kind === 'clients' ? [cells.get('accountNumber'), cells.get('product')] : [cells.get('number'), cells.get('product')]
  return product ? `${head ?? ''}/${product}` : (head ?? '')
}

/** What the lines of one invoice must agree on: they are one invoice. */
const invoiceHead = (value: InvoiceLine) => JSON.stringify([value.issuedOn, value.partnerInn, value.accountNumber, value.paidOn, value.transferredOn])

/** Lines within the file that contradict one another: the same key twice, one client for two partners, one invoice's lines disagreeing. */
const crossCheck = (kind: ImportKind, lines: ReadLine<PartnerLine | ClientLine | InvoiceLine>[]) => {
  const firstByKey = new Map<string, number>()
  const firstByGroup = new Map<string, { line: number; head: string }>()
  for (const line of lines) {
    const earlier = firstByKey.get(line.key)
    if (earlier !== undefined) {
      line.problems.push({ field: 'line', ru: `повторяет строку ${earlier}`, en: `repeats line ${earlier}` })
      line.value = null
      continue
    }
    firstByKey.set(line.key, line.line)
    if (!line.value || kind === 'partners') continue
    const [group, head, ru, en] =
      kind === 'clients'
        ? [
            (line.value as ClientLine).accountNumber,
            (line.value as ClientLine).partnerInn,
            'закрепляет клиента иначе, чем строка',
            'pins the client otherwise than line',
          ]
        : [
            (line.value as InvoiceLine).number,
            invoiceHead(line.value as InvoiceLine),
            'расходится со строкой того же счёта',
            'disagrees with the same invoice on line',
          ]
    const first = firstByGroup.get(group)
    if (!first) firstByGroup.set(group, { line: line.line, head })
    else if (first.head !== head) {
      line.problems.push({ field: 'line', ru: `${ru} ${first.line}`, en: `${en} ${first.line}` })
      line.value = null
    }
  }
}

/**
 * Reads an import file's rows (issue 10): the header names the kind and the columns, each line is
 * read into what it says or the reasons it cannot be, in Russian and English, naming the column.
 * Lines of the file that repeat or contradict one another are problems too.
 * @throws invalid_request when the file is empty, has no header, or a header that fits no kind.
 */
export const readImport = (rows: CsvRows, context: Context & { kind?: ImportKind }): ImportFile => {
  const [header, ...body] = rows
  if (!header) refuse('The file is empty: it needs a header row and at least one line')
  const names = header.cells.map((cell) => cell.trim())
  const { kind, fields } = importKindOf(names, context.kind)
  const columns: ImportColumns = Object.fromEntries(fields.flatMap((field, index) => (field ? [[field, names[index]]] : [])))
  if (body.length === 0) refuse('The file has a header and no lines')
  const lines = body.map(({ line, cells }) => {
    const byField = new Map<string, string>()
    fields.forEach((field, index) => {
      if (field) byField.set(field, (cells[index] ?? '').trim())
    })
    const read = lineReader(byField, context)
    if (cells.length !== fields.length) {
      read.problem('line', `${cells.length} полей, а в заголовке ${fields.length}`, `${cells.length} fields where the header has ${fields.length}`)
    }
    const value = kind === 'partners' ? readPartner(read, context) : kind === 'clients' ? readClient(read) : readInvoice(read)
    return { line, key: keyOf(kind, byField), value: read.problems.length > 0 ? null : value, problems: read.problems }
  })
  crossCheck(kind, lines)
  return { kind, lines, columns } as ImportFile
}
