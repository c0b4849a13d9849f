import { randomUUID } from 'node:crypto'
import type { ClientLine, ImportFile, ImportProblem, InvoiceLine, PartnerLine, ReadLine } from '../../../domain/imports/read-import'
import type { Db } from '../../../store/db'
import { clientsWithLivePin, historicInvoicesByNumber, importedTermsOf, partnersByInn } from '../../../store/queries/imports'
import type { HistoricInvoiceLine } from '../../../store/schema'

export type ImportOutcome = 'created' | 'unchanged' | 'conflict' | 'error'
export type LineResult = { line: number; key: string; outcome: ImportOutcome; problems: ImportProblem[] }

/** What applying the file writes: only what is not there yet and conflicts with nothing. */
export type ImportWrites = {
  partners: PartnerLine[]
  clients: { accountNumber: string; name: string; inn: string | null; partnerId: string }[]
  pins: { id: string; accountNumber: string; partnerId: string; pinnedSince: string }[]
  terms: { id: string; accountNumber: string; sku: string; name: string; quantity: number; paidUntil: string }[]
  invoices: {
    id: string
    number: string
    partnerId: string
    accountNumber: string | null
    issuedOn: string
    lines: HistoricInvoiceLine[]
    totalKop: bigint
    paidOn: string | null
    transferredOn: string | null
  }[]
}

export type ImportPlan = { kind: ImportFile['kind']; results: LineResult[]; writes: ImportWrites }

const noWrites = (): ImportWrites => ({ partners: [], clients: [], pins: [], terms: [], invoices: [] })
const unique = (values: (string | null)[]) => [...new Set(values.filter((value): value is string => value !== null))]
const valuesOf = <T>(lines: ReadLine<T>[]) => lines.flatMap((line) => (line.value ? [line.value] : []))

const errorOf = (line: ReadLine<unknown>): LineResult => ({ line: line.line, key: line.key, outcome: 'error', problems: line.problems })

const noPartner = (inn: string): ImportProblem => ({
  field: 'partnerInn',
  ru: `партнёра с ИНН ${inn} нет: сначала импортируйте партнёров`,
  en: `no partner has INN ${inn}: import the partners first`,
})

/** Partners by INN: a partner already there is left as it is; one that differs is reported, never overwritten. */
const planPartners = async (db: Db, lines: ReadLine<PartnerLine>[]): Promise<ImportPlan> => {
  const existing = new Map((await partnersByInn(db, unique(valuesOf(lines).map((value) => value.inn)))).reverse().map((row) => [row.inn, row]))
  const writes = noWrites()
  const results = lines.map((line): LineResult => {
    if (!line.value) return errorOf(line)
    const found = existing.get(line.value.inn)
    if (!found) {
      writes.partners.push(line.value)
      return { line: line.line, key: line.key, outcome: 'created', problems: [] }
    }
    if (found.name === line.value.name && found.email === line.value.email) return { line: line.line, key: line.key, outcome: 'unchanged', problems: [] }
    return {
      line: line.line,
      key: line.key,
      outcome: 'conflict',
      problems: [
        {
          field: 'inn',
          ru: `партнёр с ИНН ${line.value.inn} уже есть («${found.name}», ${found.email}) и не перезаписан`,
          en: `a partner with INN ${line.value.inn} exists already ("${found.name}", ${found.email}) and is not overwritten`,
        },
      ],
    }
  })
  return { kind: 'partners', results, writes }
}

/**
 * Clients with their pins and paid terms: a client is registered once, pinned to the partner named
 * by INN since the given day unless it is pinned already; pinned to another partner is a conflict,
 * reported and never overwritten (AT-1.2).
 */
const planClients = async (db: Db, lines: ReadLine<ClientLine>[]): Promise<ImportPlan> => {
  const values = valuesOf(lines)
  const accounts = unique(values.map((value) => value.accountNumber))
  const [partners, clients, terms] = await Promise.all([
    partnersByInn(db, unique(values.map((value) => value.partnerInn))),
    clientsWithLivePin(db, accounts),
    importedTermsOf(db, accounts),
  ])
  const partnerByInn = new Map([...partners].reverse().map((row) => [row.inn, row]))
  const clientByAccount = new Map(clients.map((row) => [row.account_number, row]))
  const termKeys = new Set(terms.map((term) => `${term.account_number}/${term.sku}/${term.paid_until}`))
  const writes = noWrites()
  /** The partner each account is pinned to once the file is applied. */
  const pinnedTo = new Map<string, string>()
  const results = lines.map((line): LineResult => {
    const value = line.value
    if (!value) return errorOf(line)
    const partner = partnerByInn.get(value.partnerInn)
    if (!partner) return { line: line.line, key: line.key, outcome: 'error', problems: [noPartner(value.partnerInn)] }
    const client = clientByAccount.get(value.accountNumber)
    if (partner.state === 'expelled' && client?.partner_id !== partner.id) {
      const problem = {
        field: 'partnerInn',
        ru: `партнёр с ИНН ${value.partnerInn} исключён: за ним не закрепляют клиентов (AT-4.3)`,
        en: `the partner with INN ${value.partnerInn} is expelled: no client is pinned to it (AT-4.3)`,
      }
      return { line: line.line, key: line.key, outcome: 'error', problems: [problem] }
    }
    const holder = pinnedTo.get(value.accountNumber) ?? client?.partner_id ?? null
    if (holder && holder !== partner.id) {
      const name = client?.partner_name ?? ''
      return {
        line: line.line,
        key: line.key,
        outcome: 'conflict',
        problems: [
          {
            field: 'partnerInn',
            ru: `клиент ${value.accountNumber} уже закреплён за другим партнёром («${name}») и не перезакреплён`,
            en: `client ${value.accountNumber} is pinned to another partner ("${name}") already and is not re-pinned`,
          },
        ],
      }
    }
    let created = false
    if (!client && !pinnedTo.has(value.accountNumber)) {
      writes.clients.push({ accountNumber: value.accountNumber, name: value.name, inn: value.inn, partnerId: partner.id })
      created = true
    }
    if (!holder) {
      writes.pins.push({ id: randomUUID(), accountNumber: value.accountNumber, partnerId: partner.id, pinnedSince: value.pinnedSince })
      created = true
    }
    pinnedTo.set(value.accountNumber, partner.id)
    const term = value.term
    if (term && !termKeys.has(`${value.accountNumber}/${term.sku}/${term.paidUntil}`)) {
      termKeys.add(`${value.accountNumber}/${term.sku}/${term.paidUntil}`)
      writes.terms.push({ id: randomUUID(), accountNumber: value.accountNumber, ...term })
      created = true
    }
    return { line: line.line, key: line.key, outcome: created ? 'created' : 'unchanged', problems: [] }
  })
  return { kind: 'clients', results, writes }
}

const lineOf = (value: InvoiceLine): HistoricInvoiceLine => ({ sku: value.sku, name: value.name, quantity: value.quantity, amountKop: String(value.amountKop) })
const sameLine = (a: HistoricInvoiceLine, b: HistoricInvoiceLine) => a.sku === b.sku && a.quantity === b.quantity && a.amountKop === b.amountKop

/**
 * Historic invoices under their own numbers, outside the live series and the ledger: one imported
 * before is left as it is when its lines agree, reported when they do not.
 */
const planInvoices = async (db: Db, lines: ReadLine<InvoiceLine>[]): Promise<ImportPlan> => {
  const values = valuesOf(lines)
  const [partners, clients, existing] = await Promise.all([
    partnersByInn(db, unique(values.map((value) => value.partnerInn))),
    clientsWithLivePin(db, unique(values.map((value) => value.accountNumber))),
    historicInvoicesByNumber(db, unique(values.map((value) => value.number))),
  ])
  const partnerByInn = new Map([...partners].reverse().map((row) => [row.inn, row]))
  const known = new Set(clients.map((row) => row.account_number))
  const existingByNumber = new Map(existing.map((row) => [row.number, row.lines]))
  const writes = noWrites()
  const planned = new Map<string, ImportWrites['invoices'][number]>()
  const results = lines.map((line): LineResult => {
    const value = line.value
    if (!value) return errorOf(line)
    const partner = partnerByInn.get(value.partnerInn)
    const problems: ImportProblem[] = []
    if (!partner) problems.push(noPartner(value.partnerInn))
    if (value.accountNumber && !known.has(value.accountNumber)) {
      problems.push({
        field: 'accountNumber',
        ru: `клиента ${value.accountNumber} нет: сначала импортируйте клиентов`,
        en: `no client has account ${value.accountNumber}: import the clients first`,
      })
    }
    if (!partner || problems.length > 0) return { line: line.line, key: line.key, outcome: 'error', problems }
    const before = existingByNumber.get(value.number)
    if (before) {
      return before.some((old) => sameLine(old, lineOf(value)))
        ? { line: line.line, key: line.key, outcome: 'unchanged', problems: [] }
        : {
            line: line.line,
            key: line.key,
            outcome: 'conflict',
            problems: [
              {
                field: 'number',
                ru: `счёт № ${value.number} уже импортирован с другими строками и не перезаписан`,
                en: `invoice № ${value.number} was imported before with other lines and is not overwritten`,
              },
            ],
          }
    }
    const invoice = planned.get(value.number) ?? {
      id: randomUUID(),
      number: value.number,
      partnerId: partner.id,
      accountNumber: value.accountNumber,
      issuedOn: value.issuedOn,
      lines: [],
      totalKop: 0n,
      paidOn: value.paidOn,
      transferredOn: value.transferredOn,
    }
    if (!planned.has(value.number)) {
      planned.set(value.number, invoice)
      writes.invoices.push(invoice)
    }
    invoice.lines.push(lineOf(value))
    invoice.totalKop += value.amountKop
    return { line: line.line, key: line.key, outcome: 'created', problems: [] }
  })
  return { kind: 'invoices', results, writes }
}

/** Each line of an import file set against what the relay holds: created, unchanged, a conflict, or an error, with the reasons. */
export const planImport = (db: Db, file: ImportFile): Promise<ImportPlan> =>
  file.kind === 'partners' ? planPartners(db, file.lines) : file.kind === 'clients' ? planClients(db, file.lines) : planInvoices(db, file.lines)
