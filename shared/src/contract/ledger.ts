import { z } from 'zod/mini'
import { ZId, ZKop, ZTimestamp } from './common'

export const ZLedgerQuery = z.strictObject({
  partnerId: z.optional(ZId),
  /** The last posting id of the previous page. */
  cursor: z.optional(z.coerce.number().check(z.int(), z.minimum(0))),
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(500))),
})
export const ZLedgerEntry = z.object({
  postingId: z.int(),
  transactionId: z.int(),
  at: ZTimestamp,
  kind: z.string(),
  invoiceId: z.nullable(ZId),
  invoiceNumber: z.nullable(z.string()),
  /** The credit note a `credit.noted` transaction books; null otherwise. */
  creditNoteId: z.nullable(ZId),
  creditNoteNumber: z.nullable(z.string()),
  account: z.string(),
  amountKop: ZKop,
  /** Running balance of this account after this entry. */
  balanceKop: ZKop,
})
export type TLedgerEntry = z.infer<typeof ZLedgerEntry>
export const ZLedgerResponse = z.object({
  partnerId: ZId,
  entries: z.array(ZLedgerEntry),
  /** Current balance of each of the partner's accounts, derived from all postings. */
  balances: z.record(z.string(), ZKop),
  nextCursor: z.nullable(z.int()),
})
export type TLedgerResponse = z.infer<typeof ZLedgerResponse>
