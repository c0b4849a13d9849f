export type PurchaseFacts = { id: string; listKop: bigint; payableKop: bigint; rewardKop: bigint; transferReceivedOn: string }
export type AuthorizationRule = { minFirstPurchaseKop: bigint; minDiscountBps: number; firstPurchaseBasis: 'list' | 'payable' }

/** The invoice discount, reward over list, is at least the minimum; compared in integers. */
const hasMinDiscount = (invoice: PurchaseFacts, minBps: number) => invoice.rewardKop * 10_000n >= invoice.listKop * BigInt(minBps)

/**
 * The earliest paid invoice that makes the one-time purchase of AG-3.1: at least the minimum amount
 * on the program's basis, at least the minimum discount. Null when none does yet.
 */
export const firstQualifyingPurchase = ({ invoices, rule }: { invoices: PurchaseFacts[]; rule: AuthorizationRule }): PurchaseFacts | null => {
  const qualifying = invoices.filter((invoice) => {
    const amountKop = rule.firstPurchaseBasis === 'list' ? invoice.listKop : invoice.payableKop
    return amountKop >= rule.minFirstPurchaseKop && invoice.listKop > 0n && hasMinDiscount(invoice, rule.minDiscountBps)
  })
  return qualifying.sort((a, b) => a.transferReceivedOn.localeCompare(b.transferReceivedOn))[0] ?? null
}
