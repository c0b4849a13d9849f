import { sql } from 'kysely'
import type { LedgerKind, Posting } from '../../domain/ledger/posting'
import type { Db, Trx } from '../db'

type NewTransaction = {
  kind: LedgerKind
  partnerId: string | null
  invoiceId: string | null
  reversesId?: bigint | null
  memo?: string
  creditNoteId?: string
  postings: Posting[]
}

/**
 * Appends one balanced transaction with its postings in a single statement — invoices are written
 * while the year's counter row is locked, so every round trip there is paid by every other
 * invoice. The database re-checks the balance at commit.
 */
export const appendLedgerTransaction = async (trx: Trx, tx: NewTransaction): Promise<bigint> => {
  const legs = sql.join(tx.postings.map((p) => sql`(${p.account}, ${p.amountKop}::bigint)`))
  const { rows } = await sql<{ id: bigint }>`
    with t as (
      insert into ledger_transactions (kind, partner_id, invoice_id, reverses_id, memo, credit_note_id)
      values (${tx.kind}, ${tx.partnerId}, ${tx.invoiceId}, ${tx.reversesId ?? null}, ${tx.memo ?? null}, ${tx.creditNoteId ?? null})
      returning id
    )
    insert into ledger_postings (transaction_id, account, amount_kop, currency)
    select t.id, legs.account, legs.amount_kop, 'RUB' from t, (values ${legs}) as legs (account, amount_kop)
    returning transaction_id as id
  `.execute(trx)
  return rows[0].id
}

/** The invoice's transactions that no reversal points at yet, with their postings. */
export const unreversedTransactionsOf = async (db: Db, invoiceId: string) => {
  const rows = await db
    .selectFrom('ledger_transactions as t')
    .innerJoin('ledger_postings as p', 'p.transaction_id', 't.id')
    .select(['t.id', 't.partner_id', 'p.account', 'p.amount_kop'])
    .where('t.invoice_id', '=', invoiceId)
    .where('t.kind', '!=', 'reversal')
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('ledger_transactions as r').select('r.id').whereRef('r.reverses_id', '=', 't.id'))))
    .orderBy('t.id')
    .orderBy('p.id')
    .execute()
  const byTransaction = new Map<bigint, { partnerId: string | null; postings: Posting[] }>()
  for (const row of rows) {
    const entry = byTransaction.get(row.id) ?? { partnerId: row.partner_id, postings: [] }
    entry.postings.push({ account: row.account, amountKop: row.amount_kop })
    byTransaction.set(row.id, entry)
  }
  return [...byTransaction].map(([id, entry]) => ({ id, ...entry }))
}

/** Each of the accounts' balance from its postings, up to and including posting `upTo` when given (X-2). */
export const accountTotals = (db: Db, accounts: string[], upTo?: bigint) => {
  let query = db
    .selectFrom('ledger_postings')
    .select(['account', (eb) => eb.fn.sum<bigint | string>('amount_kop').as('total')])
    .where('account', 'in', accounts)
  if (upTo !== undefined) query = query.where('id', '<=', upTo)
  return query.groupBy('account').execute()
}

/** The accounts' postings after posting `after`, in order, with their transaction, invoice and credit note: one page of a statement. */
export const postingsAfter = (db: Db, { accounts, after, limit }: { accounts: string[]; after: bigint; limit: number }) =>
  db
    .selectFrom('ledger_postings as p')
    .innerJoin('ledger_transactions as t', 't.id', 'p.transaction_id')
    .leftJoin('invoices as i', 'i.id', 't.invoice_id')
    .leftJoin('credit_notes as c', 'c.id', 't.credit_note_id')
    .select([
      'p.id',
      'p.transaction_id',
      't.created_at',
      't.kind',
      't.invoice_id',
      'i.number',
      't.credit_note_id',
      'c.number as credit_note_number',
      'p.account',
      'p.amount_kop',
    ])
    .where('p.account', 'in', accounts)
    .where('p.id', '>', after)
    .orderBy('p.id')
    .limit(limit)
    .execute()
