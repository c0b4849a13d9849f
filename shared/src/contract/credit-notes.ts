import { z } from 'zod/mini'
import { ZBps, ZDate, ZId, ZKop, ZText } from './common'

/**
 * One invoice line to reduce: `line` is its index on the invoice (0-based), `quantity` the
 * sublicenses and `months` the months to take off what is left of it. Whole numbers of at least 1.
 */
const ZCreditLineRequest = z.strictObject({
  line: z.int().check(z.minimum(0), z.maximum(49)),
  quantity: z.optional(z.int().check(z.minimum(1), z.maximum(100_000))),
  months: z.optional(z.int().check(z.minimum(1), z.maximum(1200))),
})

/** Vendor staff credit part of an invoice, with the reason the client gave. */
export const ZCreateCreditNoteRequest = z.strictObject({
  lines: z.array(ZCreditLineRequest).check(z.minLength(1), z.maxLength(50)),
  reason: ZText(2000),
})
export type TCreateCreditNoteRequest = z.input<typeof ZCreateCreditNoteRequest>

/** What an invoice line bills at one moment. */
const ZLineState = z.object({
  quantity: z.int(),
  months: z.nullable(z.int()),
  listKop: ZKop,
  rewardKop: ZKop,
  payableKop: ZKop,
  vatKop: ZKop,
})

/** A reduced line: as it stood before this note, as it becomes, and the difference the note credits. */
export const ZCreditNoteLine = z.object({
  line: z.int(),
  sku: z.string(),
  name: z.string(),
  unitPriceKop: ZKop,
  discountBps: ZBps,
  vatBps: z.nullable(ZBps),
  was: ZLineState,
  becomes: ZLineState,
  credit: ZLineState,
})
export type TCreditNoteLine = z.infer<typeof ZCreditNoteLine>

/** A credit note against an invoice: its own gapless number `К-2026-000001` and the credited totals. */
export const ZCreditNote = z.object({
  id: ZId,
  number: z.string(),
  issuedOn: ZDate,
  reason: z.string(),
  lines: z.array(ZCreditNoteLine),
  totals: z.object({ listKop: ZKop, rewardKop: ZKop, payableKop: ZKop, vatKop: ZKop }),
})
export type TCreditNote = z.infer<typeof ZCreditNote>
