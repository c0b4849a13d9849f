import { z } from 'zod'
import { ZId, ZKop, ZTimestamp } from './common'

export const ZLedgerQuery = z.strictObject({
  partnerId: ZId.optional(),
  /** The last posting id of the previous page. */
  cursor: z.coerce.number().int().min(0).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
})
export const ZLedgerEntry = z.object({
  postingId: z.number().int(),
  transactionId: z.number().int(),
  at: ZTimestamp,
  kind: z.string(),
  invoiceId: ZId.nullable(),
  invoiceNumber: z.string().nullable(),
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
  nextCursor: z.number().int().nullable(),
})
export type TLedgerResponse = z.infer<typeof ZLedgerResponse>
