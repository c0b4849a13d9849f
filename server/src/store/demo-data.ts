import { type Kysely, sql } from 'kysely'
import { DEMO_IDENTITIES } from '../demo/demo-identities'
import type { Database } from './schema'

const DEMO_ACCOUNTS = new Set(Object.values(DEMO_IDENTITIES).flatMap(({ amocrm, bitrix24 }) => [`amocrm:${amocrm}`, `bitrix24:${bitrix24}`]))

// The demo links its accounts as if its CRMs ran on the relay's own host (seedDemo).
const isDemoInstallation = (i: { crm: string; account: string; domain: string }) =>
  DEMO_ACCOUNTS.has(`${i.crm}:${i.account}`) && /^localhost(:\d+)?$/.test(i.domain)

export type DemoData = {
  /** Partners linked to the demo's CRM accounts. */
  demoPartners: { id: string; name: string }[]
  demoInstallations: number
  /** Everything else: a database holding any of it is not the demo's alone. */
  otherPartners: { id: string; name: string }[]
  otherInstallations: number
}

/** The demo's partners and installations, told apart from everything else by the demo's CRM accounts. */
export const findDemoData = async (db: Kysely<Database>): Promise<DemoData> => {
  const installations = await db.selectFrom('installations').select(['crm', 'account', 'domain', 'partner_id']).execute()
  const demo = installations.filter(isDemoInstallation)
  const demoPartnerIds = new Set(demo.map((i) => i.partner_id).filter((id): id is string => id !== null))
  const partners = await db.selectFrom('partners').select(['id', 'name']).orderBy('created_at').execute()
  return {
    demoPartners: partners.filter((p) => demoPartnerIds.has(p.id)),
    demoInstallations: demo.length,
    otherPartners: partners.filter((p) => !demoPartnerIds.has(p.id)),
    otherInstallations: installations.length - demo.length,
  }
}

/**
 * Empties every table of a database that holds only the demo's data, keeping the schema and its
 * migrations, so the directory can start as a real relay's. The ledger's append-only triggers are
 * set aside for this one transaction: nothing real is in it to protect.
 */
export const emptyDemoDatabase = (db: Kysely<Database>) =>
  db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ name: string }>`
      select quote_ident(tablename) as name from pg_tables
      where schemaname = current_schema() and tablename not like 'kysely_migration%'
      order by tablename`.execute(trx)
    const tables = sql.raw(rows.map((r) => r.name).join(', '))
    await sql`alter table ledger_postings disable trigger ledger_postings_append_only`.execute(trx)
    await sql`alter table ledger_transactions disable trigger ledger_transactions_append_only`.execute(trx)
    await sql`truncate ${tables} restart identity`.execute(trx)
    await sql`alter table ledger_postings enable trigger ledger_postings_append_only`.execute(trx)
    await sql`alter table ledger_transactions enable trigger ledger_transactions_append_only`.execute(trx)
    return rows.length
  })
