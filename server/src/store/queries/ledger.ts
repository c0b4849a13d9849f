import type { LedgerKind, Posting } from '../../domain/ledger/posting'
import type { Trx } from '../../services/deps'

type NewTransaction = {
  kind: LedgerKind
  partnerId: string | null
  invoiceId: string | null
  reversesId?: bigint | null
  memo?: string
  postings: Posting[]
}

/** Appends one balanced transaction (the database re-checks the balance at commit, X-2). */
export const appendLedgerTransaction = async (trx: Trx, tx: NewTransaction): Promise<bigint> => {
  const { id } = await trx
    .insertInto('ledger_transactions')
    .values({
      kind: tx.kind,
      partner_id: tx.partnerId,
      invoice_id: tx.invoiceId,
      reverses_id: tx.reversesId ?? null,
      memo: tx.memo ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await trx
    .insertInto('ledger_postings')
    .values(tx.postings.map((p) => ({ transaction_id: id, account: p.account, amount_kop: p.amountKop, currency: 'RUB' })))
    .execute()
  return id
}

/** The invoice's transactions that no reversal points at yet, with their postings. */
export const unreversedTransactionsOf = async (trx: Trx, invoiceId: string) => {
  const rows = await trx
    .selectFrom('ledger_transactions as t')
    .innerJoin('ledger_postings as p', 'p.transaction_id', 't.id')
    .select(['t.id', 't.partner_id', 'p.account', 'p.amount_kop'])
    .where('t.invoice_id', '=', invoiceId)
    .where('t.kind', '!=', 'reversal')
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('ledger_transactions as r').select('r.id').whereRef('r.reverses_id', '=', 't.id'))),
    )
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
