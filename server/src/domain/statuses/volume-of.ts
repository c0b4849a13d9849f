import type { Program } from '../program/program-schema'
import { purchaseVolume, type VolumeInvoice, type VolumeLine } from './purchase-volume'

type Kop = number | string
type StoredLine = { category: string; listKop: Kop; payableKop: Kop }
/** A credited line as a credit note keeps it: the invoice line's index and what was taken off it. */
type StoredCreditLine = { line: number; credit: { listKop: Kop; payableKop: Kop } }
type StoredInvoice = {
  lines: unknown
  project_pin_id: string | null
  transfer_received_on: string | null
  credit_notes: { issued_on: string; lines: unknown[] }[]
}

/**
 * The purchase volume in a period of stored invoices and their credit notes (lines as kept in the
 * rows, kopecks as JSON numbers or text) with the program's counted categories and basis (AG-REQ
 * ** ***, X-2). A credited line is counted in its invoice line's category.
 */
export const volumeOf = (program: Program, invoices: StoredInvoice[], period: { from: string; to: string }) => {
  const counted = new Set(program.categories.filter((c) => c.countsTowardVolume).map((c) => c.id))
  const parsed: VolumeInvoice[] = invoices.map((invoice) => {
    const lines: VolumeLine[] = (invoice.lines as StoredLine[]).map((line) => ({
      category: line.category,
      listKop: BigInt(line.listKop),
      payableKop: BigInt(line.payableKop),
    }))
    return {
      isProjectDeal: invoice.project_pin_id !== null,
      transferReceivedOn: invoice.transfer_received_on!,
      lines,
      credits: invoice.credit_notes.map((note) => ({
        issuedOn: note.issued_on,
        lines: (note.lines as StoredCreditLine[]).map((credited) => ({
          category: lines[credited.line]?.category ?? '',
          listKop: BigInt(credited.credit.listKop),
          payableKop: BigInt(credited.credit.payableKop),
        })),
      })),
    }
  })
  return purchaseVolume({ invoices: parsed, period, countedCategories: counted, basis: program.statusReview?.volumeBasis ?? 'payable' })
}
