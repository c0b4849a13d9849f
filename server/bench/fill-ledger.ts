import { type Kysely, sql } from 'kysely'
import type { Database } from '../src/store/schema'

const CHUNK_TRANSACTIONS = 50_000

/** How many postings the ledger holds now. */
export const countPostings = async (db: Kysely<Database>) =>
  Number(
    (
      await db
        .selectFrom('ledger_postings')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )

/**
 * Grows the ledger to `target` postings with balanced two-legged transactions spread over 500
 * partners' accounts, so the indexes look like a ledger with years of history. A bench fixture
 * only: it switches triggers off for the bulk insert (the rows are balanced by construction).
 */
export const fillLedger = async (db: Kysely<Database>, target: number) => {
  let missing = target - (await countPostings(db))
  while (missing > 1) {
    const transactions = Math.min(CHUNK_TRANSACTIONS, Math.floor(missing / 2))
    await db.transaction().execute(async (trx) => {
      await sql`set local session_replication_role = replica`.execute(trx)
      await sql`
        with t as (
          insert into ledger_transactions (kind, memo)
          select 'client.paid', 'bench fill' from generate_series(1, ${transactions}::int)
          returning id
        )
        insert into ledger_postings (transaction_id, account, amount_kop, currency)
        select id, 'partner:filler-' || (id % 500) || ':cash', 100, 'RUB' from t
        union all
        select id, 'partner:filler-' || (id % 500) || ':client-receivable', -100, 'RUB' from t
      `.execute(trx)
    })
    missing -= transactions * 2
  }
  await sql`analyze ledger_postings`.execute(db)
  await sql`analyze ledger_transactions`.execute(db)
}
