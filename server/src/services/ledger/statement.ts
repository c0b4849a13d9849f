import { AppError } from '../../../../shared/src/contract'
import { partnerAccounts } from '../../domain/ledger/partner-accounts'
import { getPartner } from '../../store/queries/partners'
import { partnerIdOf } from '../actor'
import type { Ctx } from '../context'
import type { Deps } from '../deps'

const DEFAULT_LIMIT = 100

/**
 * A partner's ledger statement: its postings in order with each account's running balance,
 * a page at a time, and the current balances derived from all postings. Partners read their own;
 * vendor staff name the partner.
 */
export const statement = async (deps: Deps, ctx: Ctx, query: { partnerId?: string; cursor?: number; limit?: number }) => {
  const own = partnerIdOf(ctx)
  const partnerId = own ?? query.partnerId
  if (!partnerId) {
    throw new AppError('invalid_request', 'Vendor staff must say whose statement: ?partnerId=', { details: { fields: [{ path: 'partnerId', message: 'Required' }] } })
  }
  if (own && query.partnerId && query.partnerId !== own) throw new AppError('not_found', 'No such partner')
  await getPartner(deps.db, partnerId)
  const accountList = partnerAccounts(partnerId)
  const cursor = BigInt(query.cursor ?? 0)
  const limit = query.limit ?? DEFAULT_LIMIT
  const sums = (upTo?: bigint) => {
    let q = deps.db.selectFrom('ledger_postings').select(['account', (eb) => eb.fn.sum<bigint | string>('amount_kop').as('total')]).where('account', 'in', accountList)
    if (upTo !== undefined) q = q.where('id', '<=', upTo)
    return q.groupBy('account').execute()
  }
  const running = new Map((await sums(cursor)).map((row) => [row.account, BigInt(row.total)]))
  const rows = await deps.db
    .selectFrom('ledger_postings as p')
    .innerJoin('ledger_transactions as t', 't.id', 'p.transaction_id')
    .leftJoin('invoices as i', 'i.id', 't.invoice_id')
    .select(['p.id', 'p.transaction_id', 't.created_at', 't.kind', 't.invoice_id', 'i.number', 'p.account', 'p.amount_kop'])
    .where('p.account', 'in', accountList)
    .where('p.id', '>', cursor)
    .orderBy('p.id')
    .limit(limit + 1)
    .execute()
  const page = rows.slice(0, limit)
  const entries = page.map((row) => {
    const balance = (running.get(row.account) ?? 0n) + row.amount_kop
    running.set(row.account, balance)
    return {
      postingId: Number(row.id),
      transactionId: Number(row.transaction_id),
      at: row.created_at.toISOString(),
      kind: row.kind,
      invoiceId: row.invoice_id,
      invoiceNumber: row.number,
      account: row.account,
      amountKop: Number(row.amount_kop),
      balanceKop: Number(balance),
    }
  })
  const balances = Object.fromEntries(accountList.map((account) => [account, 0]))
  for (const row of await sums()) balances[row.account] = Number(row.total)
  return { partnerId, entries, balances, nextCursor: rows.length > limit ? entries.at(-1)!.postingId : null }
}
