import type { Program } from '../program/program-schema'
import { purchaseVolume, type VolumeInvoice } from './purchase-volume'

type StoredLine = { category: string; listKop: number | string; payableKop: number | string }

/**
 * The purchase volume of stored invoices (lines as kept in the invoice, kopecks as JSON numbers)
 * with the program's counted categories and basis (AG-REQ ** ***).
 */
export const volumeOf = (program: Program, invoices: { lines: unknown; project_pin_id: string | null }[]) => {
  const counted = new Set(program.categories.filter((c) => c.countsTowardVolume).map((c) => c.id))
  const parsed: VolumeInvoice[] = invoices.map((invoice) => ({
    isProjectDeal: invoice.project_pin_id !== null,
    lines: (invoice.lines as StoredLine[]).map((line) => ({ category: line.category, listKop: BigInt(line.listKop), payableKop: BigInt(line.payableKop) })),
  }))
  return purchaseVolume({ invoices: parsed, countedCategories: counted, basis: program.statusReview?.volumeBasis ?? 'payable' })
}
