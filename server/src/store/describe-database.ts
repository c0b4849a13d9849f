import { type Kysely, sql } from 'kysely'
import type { Database } from './schema'

export type DatabaseSummary = { partners: number; installations: number; invoices: number; postings: number; ledgerSumKop: bigint }

/** What a database holds, in the figures an operator checks after a restore. */
export const describeDatabase = async (db: Kysely<Database>): Promise<DatabaseSummary> => {
  const hasSchema = await sql<{ name: string | null }>`select to_regclass('ledger_postings')::text as name`.execute(db)
  if (!hasSchema.rows[0]?.name) return { partners: 0, installations: 0, invoices: 0, postings: 0, ledgerSumKop: 0n }
  const { rows } = await sql<{ partners: string; installations: string; invoices: string; postings: string; sum: string }>`
    select (select count(*) from partners) as partners, (select count(*) from installations) as installations,
           (select count(*) from invoices) as invoices, (select count(*) from ledger_postings) as postings,
           (select coalesce(sum(amount_kop), 0) from ledger_postings) as sum`.execute(db)
  const row = rows[0]!
  return {
    partners: Number(row.partners),
    installations: Number(row.installations),
    invoices: Number(row.invoices),
    postings: Number(row.postings),
    ledgerSumKop: BigInt(row.sum),
  }
}

export const isEmptyDatabase = (summary: DatabaseSummary) => summary.partners + summary.installations + summary.invoices + summary.postings === 0
