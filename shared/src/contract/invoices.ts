import { z } from 'zod/mini'
import { ZAccountNumber, ZBps, ZDate, ZId, ZInvoiceState, ZKop, ZText, ZTimestamp } from './common'
import { ZCreditNote } from './credit-notes'

const ZLineRequest = z.strictObject({
  sku: z.string().check(z.minLength(1), z.maxLength(64)),
  quantity: z.int().check(z.minimum(1), z.maximum(100_000)),
  /** Whole months, AT-5.3; the program's bounds are checked by the relay. */
  months: z.optional(z.int().check(z.minimum(1), z.maximum(1200))),
})

/** What the partner confirms before a money action commits; the quote says which apply. */
export const ZWarningCode = z.enum(['deadline_passed', 'large_total', 'possible_duplicate'])
export type TWarningCode = z.infer<typeof ZWarningCode>
const ZConfirmed = z.optional(z.array(ZWarningCode).check(z.maxLength(3)))

/**
 * A likely mistake to confirm (AT-1.6, AT-5.1, X-6): `deadline_passed` gives `paidOn` and `dueOn`,
 * `large_total` the client price `totalKop` and the program's `thresholdKop`, `possible_duplicate` the
 * earlier invoice's `number` and `issuedOn`.
 */
export const ZInvoiceWarning = z.object({
  code: ZWarningCode,
  rule: z.string(),
  paidOn: z.optional(ZDate),
  dueOn: z.optional(ZDate),
  totalKop: z.optional(ZKop),
  thresholdKop: z.optional(ZKop),
  number: z.optional(z.string()),
  issuedOn: z.optional(ZDate),
})
export type TInvoiceWarning = z.infer<typeof ZInvoiceWarning>

export const ZQuoteRequest = z.strictObject({
  accountNumber: z.optional(ZAccountNumber),
  lines: z.array(ZLineRequest).check(z.minLength(1), z.maxLength(50)),
  /** The day the client paid, if known: the quote then warns of a deadline already passed (AT-1.6). */
  clientPaidOn: z.optional(ZDate),
})
export type TQuoteRequest = z.infer<typeof ZQuoteRequest>

/** `confirmed` lists the quote's warnings the partner has seen and accepts; any other refuses with confirmation_required. */
export const ZCreateInvoiceRequest = z.extend(ZQuoteRequest, { confirmed: ZConfirmed })
export type TCreateInvoiceRequest = z.infer<typeof ZCreateInvoiceRequest>

export const ZQuoteLine = z.object({
  sku: z.string(),
  /** As the invoice document prints it; `nameEn` for English-speaking readers when the program file gives one. */
  name: z.string(),
  nameEn: z.optional(z.string()),
  category: z.string(),
  quantity: z.int(),
  months: z.nullable(z.int()),
  unitPriceKop: ZKop,
  listKop: ZKop,
  discountBps: ZBps,
  rewardKop: ZKop,
  payableKop: ZKop,
  vatBps: z.nullable(ZBps),
  vatKop: ZKop,
})
export type TQuoteLine = z.infer<typeof ZQuoteLine>

export const ZTotals = z.object({ listKop: ZKop, rewardKop: ZKop, payableKop: ZKop, vatKop: ZKop })
export type TTotals = z.infer<typeof ZTotals>

export const ZQuoteResponse = z.object({
  lines: z.array(ZQuoteLine),
  totals: ZTotals,
  /** Where the discount came from: program status, the partner's current discount, or base (AT-4.1). */
  discountSource: z.string(),
  /** What the partner must confirm before invoicing these lines; empty when nothing. */
  warnings: z.array(ZInvoiceWarning),
})
export type TQuoteResponse = z.infer<typeof ZQuoteResponse>

export const ZInvoice = z.object({
  id: ZId,
  number: z.string(),
  state: ZInvoiceState,
  partnerId: ZId,
  partnerName: z.string(),
  accountNumber: z.nullable(ZAccountNumber),
  /** The client's name, so lists name it beside the account number; null with no account. */
  clientName: z.nullable(z.string()),
  issuedOn: ZDate,
  lines: z.array(ZQuoteLine),
  totals: ZTotals,
  discountSource: z.string(),
  clientPaidOn: z.nullable(ZDate),
  transferDueOn: z.nullable(ZDate),
  /** True when the deadline falls in a year without a production calendar file. */
  transferDueEstimated: z.boolean(),
  /** True when the deadline is counted on a calendar file still waiting for its year's decree: it may move. */
  transferDueOnProvisional: z.boolean(),
  transferReceivedOn: z.nullable(ZDate),
  onTime: z.nullable(z.boolean()),
  /** Working days from today to the deadline (0 = due today, negative = overdue); null when not applicable. */
  workingDaysLeft: z.nullable(z.int()),
  isOverdue: z.boolean(),
  voidReason: z.nullable(z.string()),
  /** Its credit notes, oldest first: the invoice stays as issued, the notes credit parts of it. */
  creditNotes: z.array(ZCreditNote),
  createdAt: ZTimestamp,
})
export type TInvoice = z.infer<typeof ZInvoice>
export const ZInvoiceEnvelope = z.object({ invoice: ZInvoice })
export const ZInvoiceListResponse = z.object({ invoices: z.array(ZInvoice) })

export const ZClientPaymentRequest = z.strictObject({ paidOn: ZDate, confirmed: ZConfirmed })
export type TClientPaymentRequest = z.infer<typeof ZClientPaymentRequest>
export const ZTransferRequest = z.strictObject({ receivedOn: ZDate })
/** A new credit note with its invoice as it now stands. */
export const ZCreditNoteEnvelope = z.object({ creditNote: ZCreditNote, invoice: ZInvoice })
export const ZVoidInvoiceRequest = z.strictObject({ reason: ZText(2000) })
