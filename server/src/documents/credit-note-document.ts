import type { DocumentParties } from './invoice-document'

/** What one line billed before the note and after it. */
export type CreditNoteLineState = { quantity: number; months: number | null; payableKop: bigint }

export type CreditNoteDocumentLine = {
  name: string
  discountBps: number
  vatBps: number | null
  was: CreditNoteLineState
  becomes: CreditNoteLineState
  /** The decrease: was − becomes, in the line's payable (the list price net of the discount). */
  credit: { listKop: bigint; rewardKop: bigint; payableKop: bigint }
}

/**
 * Everything printed on a «Корректировочный счёт» from the vendor to the partner: the invoice it
 * corrects, the lines it reduces and by how much. Figures arrive computed; the renderer prints them.
 */
export type CreditNoteDocument = DocumentParties & {
  /** Gapless per vendor per year in its own series, e.g. 'К-2026-000001'. */
  number: string
  issuedOn: string
  invoice: { number: string; issuedOn: string; payableBeforeKop: bigint; payableAfterKop: bigint }
  reason: string
  lines: CreditNoteDocumentLine[]
  /** What the note credits in total. */
  totals: { listKop: bigint; rewardKop: bigint; payableKop: bigint; vatKop: bigint }
}
