import { addDays, addMonths } from './add-months'

export type PaidInvoice = {
  id: string
  number: string
  clientPaidOn: string
  onTime: boolean | null
  lines: { sku: string; name: string; nameEn?: string; quantity: number; months: number | null }[]
}
/** A term a client paid before the relay, as an import brought it: the product, how many, paid until when (issue 10). */
export type ImportedTerm = { id: string; sku: string; name: string; quantity: number; paidUntil: string }
export type SublicenseTerm = {
  invoiceId: string
  invoiceNumber: string
  sku: string
  name: string
  /** The program file's English name, for English-speaking readers. */
  nameEn?: string
  quantity: number
  months: number | null
  /** Null for an imported term: the cabinet it came from said only until when it is paid. */
  paidFrom: string | null
  paidThrough: string | null
  transferOnTime: boolean | null
  /** Brought by an import, not paid through a relay invoice. */
  imported?: true
}

/**
 * The paid terms of a client's sublicenses (AT-4.2): each monthly line runs from the day the client
 * paid, or — for a renewal paid before the previous term ended — from the day after that term, for
 * its whole months. `supportedUntil` is the end of the latest paid term: the partner's support duty
 * lasts that long (AT-1.4a). Terms paid before the relay (imported) come first and count the same
 * way: a renewal paid before one ended runs from the day after it.
 */
export const sublicenseTerms = (invoices: PaidInvoice[], imported: ImportedTerm[] = []): { terms: SublicenseTerm[]; supportedUntil: string | null } => {
  const ordered = [...invoices].sort((a, b) => a.clientPaidOn.localeCompare(b.clientPaidOn) || a.number.localeCompare(b.number))
  const lastEndBySku = new Map<string, string>()
  const terms: SublicenseTerm[] = []
  for (const term of [...imported].sort((a, b) => a.paidUntil.localeCompare(b.paidUntil) || a.sku.localeCompare(b.sku))) {
    if ((lastEndBySku.get(term.sku) ?? '') < term.paidUntil) lastEndBySku.set(term.sku, term.paidUntil)
    terms.push({
      invoiceId: term.id,
      invoiceNumber: '',
      sku: term.sku,
      name: term.name,
      quantity: term.quantity,
      months: null,
      paidFrom: null,
      paidThrough: term.paidUntil,
      transferOnTime: null,
      imported: true,
    })
  }
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
