import { z } from 'zod/mini'
import { ZDate, ZText } from './common'
import { ZInvoice } from './invoices'
import { ZPartner, ZViolation } from './partners'

/**
 * Vendor staff correct a client-payment date the partner mistyped (AT-1.6): the new date and why.
 * Both are required — a correction without its reason would be a silent edit of history.
 */
export const ZClientPaymentCorrectionRequest = z.strictObject({ paidOn: ZDate, reason: ZText(2000) })

/**
 * The invoice with its recomputed deadline, the date and deadline it had before, the automatic overdue
 * violations the new date voided (AT-1.6 → AT-4.1), and the partner as it stands afterwards, so the
 * screen can say what changed.
 */
export const ZClientPaymentCorrectionResponse = z.object({
  invoice: ZInvoice,
  before: z.object({ clientPaidOn: ZDate, transferDueOn: z.nullable(ZDate) }),
  voidedViolations: z.array(ZViolation),
  partner: ZPartner,
})

export type TClientPaymentCorrectionRequest = z.input<typeof ZClientPaymentCorrectionRequest>
export type TClientPaymentCorrectionResponse = z.output<typeof ZClientPaymentCorrectionResponse>
