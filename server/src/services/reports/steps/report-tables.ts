import type { TReportName } from '../../../../../shared/src/contract'
import { en } from '../../../../../shared/src/i18n/en'
import { ledgerEn } from '../../../../../shared/src/i18n/ledger-en'
import { ledgerRu } from '../../../../../shared/src/i18n/ledger-ru'
import { ru } from '../../../../../shared/src/i18n/ru'
import { invoiceStatus } from '../../../../../shared/src/ui/partner/invoice-status'
import type { CsvCell, CsvLocale } from '../../../documents/render-csv'
import { todayIn } from '../../../domain/calendar/today-in'
import { partnerAccounts } from '../../../domain/ledger/partner-accounts'
import { partnerAccountPrefix } from '../../../domain/ledger/posting'
import { getPartner } from '../../../store/queries/partners'
import {
  accountTotalsBefore,
  expelledPartners,
  invoicesIssuedBetween,
  pinsWithParties,
  postingsBetween,
  type ReportInvoiceRow,
  receivablesByPartner,
  transfersAwaited,
} from '../../../store/queries/reports'
import type { Deps } from '../../deps'
import { affectedClients } from '../../partners/steps/affected-clients'

export type ReportInput = { from: string; to: string; today: string; partnerId: string; locale: CsvLocale }
export type ReportTable = { header: string[]; rows: CsvCell[][] }

/** The words a report shares with the widget (states, accounts, operations), in its language. */
const wordsOf = (locale: CsvLocale) => {
  const messages: Record<string, string> = locale === 'ru' ? { ...ru, ...ledgerRu } : { ...en, ...ledgerEn }
  return (key: string) => messages[key] ?? key
}

/** A calendar date as the language writes it for Excel: 30.04.2026 in Russian, 2026-04-30 in English. */
const dayOf = (locale: CsvLocale) => (value: string | null) => (value === null ? null : locale === 'ru' ? value.split('-').reverse().join('.') : value)

const heading = (locale: CsvLocale, words: { ru: string[]; en: string[] }) => words[locale]

type Build = (deps: Deps, input: ReportInput) => Promise<ReportTable>

const INVOICE_HEADING = {
  ru: [
    'Номер счёта',
    'Дата',
    'Партнёр',
    'ИНН партнёра',
    'Аккаунт клиента',
    'Клиент',
    'Сумма по прайсу',
    'Вознаграждение',
    'К оплате вендору',
    'Состояние',
    'Клиент оплатил',
    'Перевести до',
    'Перевод получен',
  ],
  en: [
    'Invoice',
    'Date',
    'Partner',
    'Partner INN',
    'Client account',
    'Client',
    'List price',
    'Reward',
    'Payable to vendor',
    'State',
    'Client paid on',
    'Transfer due on',
    'Transfer received on',
  ],
}

/** An invoice as a report line: its parties, its sums, where its money is (AT-1.6) and its dates. */
const invoiceLine = ({ today, locale }: ReportInput) => {
  const word = wordsOf(locale)
  const day = dayOf(locale)
  return (row: ReportInvoiceRow): CsvCell[] => {
    const isOverdue = row.state === 'issued' && row.transfer_received_on === null && row.transfer_due_on !== null && today > row.transfer_due_on
    const status = invoiceStatus({
      state: row.state,
      clientPaidOn: row.client_paid_on,
      transferDueOn: row.transfer_due_on,
      transferReceivedOn: row.transfer_received_on,
      isOverdue,
    })
    // The state column says where the money is; the deadline has a column of its own.
    const state = status.key === 'invoice.status.transferBy' ? 'invoice.status.clientPaid' : status.key
    return [
      row.number,
      day(row.issued_on),
      row.partner_name,
      row.partner_inn,
      row.account_number,
      row.client_name,
      { kop: row.list_kop },
      { kop: row.reward_kop },
      { kop: row.payable_kop },
      word(state),
      day(row.client_paid_on),
      day(row.transfer_due_on),
      day(row.transfer_received_on),
    ]
  }
}

const invoices: Build = async (deps, input) => ({
  header: heading(input.locale, INVOICE_HEADING),
  rows: (await invoicesIssuedBetween(deps.db, input)).map(invoiceLine(input)),
})

/** The invoices whose transfer deadline has passed with the transfer still awaited (AT-1.6 → AT-4.1). */
const overdueTransfers: Build = async (deps, input) => ({
  header: heading(input.locale, INVOICE_HEADING),
  rows: (await transfersAwaited(deps.db)).filter((row) => row.transfer_due_on !== null && input.today > row.transfer_due_on).map(invoiceLine(input)),
})

const receivables: Build = async (deps, { today, locale }) => {
  const word = wordsOf(locale)
  const rows = await receivablesByPartner(deps.db, today)
  return {
    header: heading(locale, {
      ru: [
        'Партнёр',
        'ИНН',
        'Состояние',
        'Ждут оплаты клиента, счетов',
        'Ждут оплаты клиента, сумма',
        'Ждут перевода, счетов',
        'Ждут перевода, сумма',
        'Из них просрочено, счетов',
        'Из них просрочено, сумма',
      ],
      en: [
        'Partner',
        'INN',
        'State',
        'Awaiting the client, invoices',
        'Awaiting the client, amount',
        'Awaiting the transfer, invoices',
        'Awaiting the transfer, amount',
        'Of which overdue, invoices',
        'Of which overdue, amount',
      ],
    }),
    rows: rows.map((row) => [
      row.name,
      row.inn,
      word(`partnerState.${row.state}`),
      Number(row.unpaid_count),
      { kop: row.unpaid_kop },
      Number(row.awaited_count),
      { kop: row.awaited_kop },
      Number(row.overdue_count),
      { kop: row.overdue_kop },
    ]),
  }
}

/** The clients expelled partners held, with their contacts and paid-through dates: the vendor may now contact them (AT-4.3). */
const expelledClients: Build = async (deps, { locale }) => {
  const day = dayOf(locale)
  const rows: CsvCell[][] = []
  for (const partner of await expelledPartners(deps.db)) {
    for (const client of await affectedClients(deps.db, partner.id)) {
      rows.push([client.accountNumber, client.name, client.email, client.phone, day(client.paidThrough), partner.name, partner.inn])
    }
  }
  return {
    header: heading(locale, {
      ru: ['Аккаунт клиента', 'Клиент', 'Эл. почта', 'Телефон', 'Оплачено по', 'Партнёр', 'ИНН партнёра'],
      en: ['Client account', 'Client', 'E-mail', 'Phone', 'Paid through', 'Partner', 'Partner INN'],
    }),
    rows,
  }
}

const pins: Build = async (deps, { locale }) => {
  const word = wordsOf(locale)
  const day = dayOf(locale)
  const dateOf = (at: Date | null) => day(at && todayIn(deps.program.timeZone, at))
  const rows = await pinsWithParties(deps.db)
  return {
    header: heading(locale, {
      ru: ['Аккаунт клиента', 'Клиент', 'Партнёр', 'ИНН партнёра', 'Состояние', 'Заявка', 'Решение', 'Снято', 'Действует до', 'Причина'],
      en: ['Client account', 'Client', 'Partner', 'Partner INN', 'State', 'Requested on', 'Decided on', 'Released on', 'Valid until', 'Reason'],
    }),
    rows: rows.map((row) => [
      row.account_number,
      row.client_name,
      row.partner_name,
      row.partner_inn,
      word(`pin.state.${row.state}`),
      dateOf(row.requested_at),
      dateOf(row.decided_at),
      dateOf(row.released_at),
      day(row.valid_until),
      row.reason,
    ]),
  }
}

/** A partner's postings in the period, each with its account's balance after it, opening from the balances before the period. */
const ledger: Build = async (deps, { from, to, partnerId, locale }) => {
  const word = wordsOf(locale)
  const partner = await getPartner(deps.db, partnerId)
  const accounts = partnerAccounts(partner.id)
  const { timeZone } = deps.program
  const balance = new Map((await accountTotalsBefore(deps.db, { accounts, from, timeZone })).map((row) => [row.account, BigInt(row.total)]))
  const prefix = partnerAccountPrefix(partner.id)
  const day = dayOf(locale)
  const rows = await postingsBetween(deps.db, { accounts, from, to, timeZone })
  return {
    header: heading(locale, {
      ru: ['Дата', 'Операция', 'Номер счёта', 'Счёт учёта', 'Сумма', 'Остаток'],
      en: ['Date', 'Operation', 'Invoice', 'Account', 'Amount', 'Balance'],
    }),
    rows: rows.map((row) => {
      const after = (balance.get(row.account) ?? 0n) + row.amount_kop
      balance.set(row.account, after)
      return [
        day(todayIn(timeZone, row.created_at)),
        word(`ledger.kind.${row.kind}`),
        row.number,
        word(`ledger.account.${row.account.slice(prefix.length)}`),
        { kop: row.amount_kop },
        { kop: after },
      ]
    }),
  }
}

/** Each report by the name its file is asked for. */
export const REPORT_TABLES: Record<TReportName, Build> = {
  invoices,
  'overdue-transfers': overdueTransfers,
  receivables,
  'expelled-clients': expelledClients,
  ledger,
  pins,
}
