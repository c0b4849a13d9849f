import { z } from 'zod/mini'
import { ZDate, ZId } from './common'

/** The CSV reports a vendor sends to its accountant, by the file name they are asked for. */
export const REPORT_NAMES = ['invoices', 'overdue-transfers', 'receivables', 'expelled-clients', 'ledger', 'pins'] as const
export const ZReportName = z.enum(REPORT_NAMES)
export type TReportName = z.infer<typeof ZReportName>

export const ZReportQuery = z.strictObject({
  /** The period, both days included; by default the current month up to today. */
  from: z.optional(ZDate),
  to: z.optional(ZDate),
  /** Whose ledger statement (the ledger report only). */
  partnerId: z.optional(ZId),
  /** Headings and words in Russian (the default) or English. */
  lang: z.optional(z.enum(['ru', 'en'])),
})
export type TReportQuery = z.infer<typeof ZReportQuery>

/** What a report route answers: the CSV file itself (`text/csv`), not JSON. */
export const ZReportCsv = z.string()
