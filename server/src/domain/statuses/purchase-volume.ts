export type VolumeLine = { category: string; listKop: bigint; payableKop: bigint }
/** A credit note against a settled invoice, its lines as what they took off. */
export type VolumeCredit = { issuedOn: string; lines: VolumeLine[] }
export type VolumeInvoice = { lines: VolumeLine[]; isProjectDeal: boolean; transferReceivedOn: string; credits: VolumeCredit[] }
export type AmountBasis = 'list' | 'payable'

const later = (a: string, b: string) => (a > b ? a : b)

/**
 * A partner's purchase volume in a period (AG-REQ): what its transfers bought, net of the credit
 * notes against it. An invoice counts on the day its transfer arrived; a credit note counts on
 * its own date, or on the transfer's if it came first (what was credited before the transfer was
 * never bought), so a period once closed keeps its figure and a later note lowers the period it
 * falls in. Only the categories the program counts (hardware and vendor software, footnote ***), at
 * the program's basis; project deals are summed apart: they count only when vendor staff say so
 * (footnote **). A period whose notes outweigh its purchases bought nothing: never below zero.
 */
export const purchaseVolume = ({
  invoices,
  period,
  countedCategories,
  basis,
}: {
  invoices: VolumeInvoice[]
  period: { from: string; to: string }
  countedCategories: ReadonlySet<string>
  basis: AmountBasis
}): { volumeKop: bigint; projectDealsVolumeKop: bigint } => {
  const sum = (lines: VolumeLine[]) =>
    lines.filter((line) => countedCategories.has(line.category)).reduce((total, line) => total + (basis === 'list' ? line.listKop : line.payableKop), 0n)
  const within = (date: string) => date >= period.from && date <= period.to
  let volumeKop = 0n
  let projectDealsVolumeKop = 0n
  for (const invoice of invoices) {
    let net = within(invoice.transferReceivedOn) ? sum(invoice.lines) : 0n
    for (const credit of invoice.credits) if (within(later(credit.issuedOn, invoice.transferReceivedOn))) net -= sum(credit.lines)
    if (invoice.isProjectDeal) projectDealsVolumeKop += net
    else volumeKop += net
  }
  const floor = (kop: bigint) => (kop < 0n ? 0n : kop)
  return { volumeKop: floor(volumeKop), projectDealsVolumeKop: floor(projectDealsVolumeKop) }
}
