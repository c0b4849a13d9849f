import { vatIncluded } from '../domain/money/vat-included'
import { formatPercent } from './format-percent'
import type { InvoiceDocumentLine } from './invoice-document'

export type VatSummaryLine = { label: string; vatKop: bigint | null }

/**
 * The VAT lines under the invoice total: "Без НДС" when no line carries VAT, one
 * "В т.ч. НДС 22%" line per rate otherwise. With one rate the total comes from the invoice as
 * is; with several, each rate's share is computed from its lines and the largest share takes
 * the rounding remainder, so the printed shares add up to `vatKop` exactly.
 */
export const vatSummary = (lines: Pick<InvoiceDocumentLine, 'vatBps' | 'payableKop'>[], vatKop: bigint): VatSummaryLine[] => {
  const payableByRate = new Map<number, bigint>()
  for (const { vatBps, payableKop } of lines) {
    if (vatBps !== null) payableByRate.set(vatBps, (payableByRate.get(vatBps) ?? 0n) + payableKop)
  }
  if (payableByRate.size === 0) return [{ label: 'Без НДС', vatKop: null }]

  const shares = [...payableByRate]
    .sort(([a], [b]) => b - a)
    .map(([vatBps, payableKop]) => ({ vatBps, vatKop: vatIncluded({ amountKop: payableKop, rateBps: vatBps }) }))
  const largest = shares.reduce((max, share) => (share.vatKop > max.vatKop ? share : max))
  largest.vatKop += vatKop - shares.reduce((sum, share) => sum + share.vatKop, 0n)
  return shares.map((share) => ({ label: `В т.ч. НДС ${formatPercent(share.vatBps)}`, vatKop: share.vatKop }))
}
