import type { TNotice, TNoticeFacts } from '../../../../shared/src/contract'
import type { NoticeRow } from '../../store/schema'

/** A stored notice as the API answers it: its facts typed back from the stored text. */
export const toNotice = (row: NoticeRow): TNotice => {
  const { amountKop, ...rest } = row.params
  const facts = { ...rest, ...(amountKop === undefined ? {} : { amountKop: Number(amountKop) }) } as TNoticeFacts
  return {
    id: String(row.id),
    kind: row.kind as TNotice['kind'],
    rule: row.rule,
    facts,
    link: row.account_number ? { screen: 'card', accountNumber: row.account_number } : { screen: 'overview' },
    createdAt: row.created_at.toISOString(),
    readAt: row.read_at ? row.read_at.toISOString() : null,
  }
}
