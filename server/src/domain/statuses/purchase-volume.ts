export type VolumeLine = { category: string; listKop: bigint; payableKop: bigint }
export type VolumeInvoice = { lines: VolumeLine[]; isProjectDeal: boolean }
export type AmountBasis = 'list' | 'payable'

/**
 * A partner's purchase volume over the invoices whose transfers arrived in a period (AG-REQ): only
 * the categories the program counts (hardware and vendor software, footnote ***), at the program's
 * basis. Project deals are summed apart: they count only when vendor staff say so (footnote **).
 */
export const purchaseVolume = ({
  invoices,
  countedCategories,
  basis,
}: {
  invoices: VolumeInvoice[]
  countedCategories: ReadonlySet<string>
  basis: AmountBasis
}): { volumeKop: bigint; projectDealsVolumeKop: bigint } => {
  let volumeKop = 0n
  let projectDealsVolumeKop = 0n
  for (const invoice of invoices) {
    const sum = invoice.lines
      .filter((line) => countedCategories.has(line.category))
      .reduce((total, line) => total + (basis === 'list' ? line.listKop : line.payableKop), 0n)
    if (invoice.isProjectDeal) projectDealsVolumeKop += sum
    else volumeKop += sum
  }
  return { volumeKop, projectDealsVolumeKop }
}
