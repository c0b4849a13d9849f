/** Gapless per vendor per year: `2026-000123`. */
export const invoiceNumber = (year: number, seq: number): string => `${year}-${String(seq).padStart(6, '0')}`
