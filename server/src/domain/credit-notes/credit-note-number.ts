import { invoiceNumber } from '../invoices/invoice-number'

/** Gapless per vendor per year in a series of its own, with a Cyrillic К: `К-2026-000001`. */
export const creditNoteNumber = (year: number, seq: number): string => `К-${invoiceNumber(year, seq)}`
