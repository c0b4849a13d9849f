import { addDays, addMonths } from './add-months'

export type PaidInvoice = {
  id: string
  number: string
  clientPaidOn: string
  onTime: boolean | null
  lines: { sku: string; name: string; nameEn?: string; quantity: number; months: number | null }[]
}
export type SublicenseTerm = {
  invoiceId: string
  invoiceNumber: string
  sku: string
  name: string
  /** The program file's English name, for English-speaking readers. */
  nameEn?: string
  quantity: number
  months: number | null
  paidFrom: string
  paidThrough: string | null
  transferOnTime: boolean | null
}

/**
 * The paid terms of a client's sublicenses (AT-4.2): each monthly line runs from the day the client
 * paid, or — for a renewal paid before the previous term ended — from the day after that term, for
 * its whole months. `supportedUntil` is the end of the latest paid term: the partner's support duty
 * lasts that long (AT-1.4a).
 */
export const sublicenseTerms = (invoices: PaidInvoice[]): { terms: SublicenseTerm[]; supportedUntil: string | null } => {
  const ordered = [...invoices].sort((a, b) => a.clientPaidOn.localeCompare(b.clientPaidOn) || a.number.localeCompare(b.number))
  const lastEndBySku = new Map<string, string>()
  const terms: SublicenseTerm[] = []
  for (const invoice of ordered) {
    for (const line of invoice.lines) {
      const previousEnd = lastEndBySku.get(line.sku)
      const paidFrom = previousEnd && previousEnd >= invoice.clientPaidOn ? addDays(previousEnd, 1) : invoice.clientPaidOn
      const paidThrough = line.months === null ? null : addDays(addMonths(paidFrom, line.months), -1)
      if (paidThrough) lastEndBySku.set(line.sku, paidThrough)
      terms.push({
        invoiceId: invoice.id,
        invoiceNumber: invoice.number,
        sku: line.sku,
        name: line.name,
        ...(line.nameEn && { nameEn: line.nameEn }),
        quantity: line.quantity,
        months: line.months,
        paidFrom,
        paidThrough,
        transferOnTime: invoice.onTime,
      })
    }
  }
  const ends = [...lastEndBySku.values()].sort()
  return { terms, supportedUntil: ends.at(-1) ?? null }
}
