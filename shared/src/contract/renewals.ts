import { z } from 'zod/mini'
import { ZAccountNumber, ZDate, ZId } from './common'

/**
 * A client's sublicense term that ends soon (AT-1.6 prolongation): the latest paid term of one
 * product, and the term a renewal for the same months would buy, starting the day after it ends.
 */
export const ZRenewal = z.object({
  accountNumber: ZAccountNumber,
  clientName: z.string(),
  partnerId: ZId,
  partnerName: z.string(),
  sku: z.string(),
  name: z.string(),
  quantity: z.int(),
  months: z.int(),
  paidThrough: ZDate,
  /** Calendar days from today to the last paid day: 0 = ends today. */
  daysLeft: z.int(),
  invoiceNumber: z.string(),
  next: z.object({ startsOn: ZDate, endsOn: ZDate }),
})
export type TRenewal = z.infer<typeof ZRenewal>

/** A partner's own ending terms, or every partner's for vendor staff (renewals at risk), soonest first. */
export const ZRenewalsResponse = z.object({ days: z.int(), renewals: z.array(ZRenewal) })
export type TRenewalsResponse = z.infer<typeof ZRenewalsResponse>
