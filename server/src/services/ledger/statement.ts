import { AppError } from '../../../../shared/src/contract'
import { partnerAccounts } from '../../domain/ledger/partner-accounts'
import { accountTotals, postingsAfter } from '../../store/queries/ledger'
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
    throw new AppError('invalid_request', 'Vendor staff must say whose statement: ?partnerId=', {
      details: { fields: [{ path: 'partnerId', message: 'Required' }] },
    })
  }
  if (own && query.partnerId && query.partnerId !== own) throw new AppError('not_found', 'No such partner')
  await getPartner(deps.db, partnerId)
  const accountList = partnerAccounts(partnerId)
  const cursor = BigInt(query.cursor ?? 0)
  const limit = query.limit ?? DEFAULT_LIMIT
  const sums = (upTo?: bigint) => accountTotals(deps.db, accountList, upTo)
  const running = new Map((await sums(cursor)).map((row) => [row.account, BigInt(row.total)]))
  const rows = await postingsAfter(deps.db, { accounts: accountList, after: cursor, limit: limit + 1 })
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
      creditNoteId: row.credit_note_id,
      creditNoteNumber: row.credit_note_number,
      account: row.account,
      amountKop: Number(row.amount_kop),
      balanceKop: Number(balance),
    }
  })
  const balances = Object.fromEntries(accountList.map((account) => [account, 0]))
  for (const row of await sums()) balances[row.account] = Number(row.total)
  return { partnerId, entries, balances, nextCursor: rows.length > limit ? entries.at(-1)!.postingId : null }
}
