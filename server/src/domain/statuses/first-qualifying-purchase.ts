/** A credit note against the purchase, as the money it took off. */
export type PurchaseCredit = { issuedOn: string; listKop: bigint; payableKop: bigint; rewardKop: bigint }
export type PurchaseFacts = {
  id: string
  listKop: bigint
  payableKop: bigint
  rewardKop: bigint
  transferReceivedOn: string
  credits?: PurchaseCredit[]
}
export type AuthorizationRule = { minFirstPurchaseKop: bigint; minDiscountBps: number; firstPurchaseBasis: 'list' | 'payable' }

/** The invoice discount, reward over list, is at least the minimum; compared in integers. */
const hasMinDiscount = (amounts: { listKop: bigint; rewardKop: bigint }, minBps: number) => amounts.rewardKop * 10_000n >= amounts.listKop * BigInt(minBps)

/** What the purchase amounted to on `asOf`: its totals less the credit notes dated that day or before. */
const netOn = (invoice: PurchaseFacts, asOf: string) =>
  (invoice.credits ?? [])
    .filter((credit) => credit.issuedOn <= asOf)
    .reduce(
      (net, credit) => ({ listKop: net.listKop - credit.listKop, payableKop: net.payableKop - credit.payableKop, rewardKop: net.rewardKop - credit.rewardKop }),
      { listKop: invoice.listKop, payableKop: invoice.payableKop, rewardKop: invoice.rewardKop },
    )

/**
 * The earliest paid invoice that makes the one-time purchase of AG-3.1: at least the minimum amount
 * on the program's basis, at least the minimum discount. Null when none does yet. The purchase is
 * judged as it stood on the day it would authorize, the later of its transfer and `signedOn`: a credit
 * note dated by then takes its part off (what was credited was not bought), a later one does not
 * undo an authorization already earned.
 */
export const firstQualifyingPurchase = ({
  invoices,
  rule,
  signedOn,
}: {
  invoices: PurchaseFacts[]
  rule: AuthorizationRule
  signedOn?: string
}): PurchaseFacts | null => {
  const qualifying = invoices.filter((invoice) => {
    const asOf = signedOn && signedOn > invoice.transferReceivedOn ? signedOn : invoice.transferReceivedOn
    const net = netOn(invoice, asOf)
    const amountKop = rule.firstPurchaseBasis === 'list' ? net.listKop : net.payableKop
    return amountKop >= rule.minFirstPurchaseKop && net.listKop > 0n && hasMinDiscount(net, rule.minDiscountBps)
  })
  return qualifying.sort((a, b) => a.transferReceivedOn.localeCompare(b.transferReceivedOn))[0] ?? null
}
