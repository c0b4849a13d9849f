/** A calendar date 'YYYY-MM-DD' (Europe/Moscow). */
type IsoDate = string

export type InvoiceSupplier = {
  name: string
  inn: string
  kpp?: string
  address: string
  bank: { name: string; bik: string; account: string; corrAccount: string }
  phone?: string
  email?: string
}

export type InvoiceBuyer = { name: string; inn: string; kpp?: string; address?: string }

export type InvoiceDocumentLine = {
  name: string
  quantity: number
  /** Paid term in months; null for an item sold once (not per month). */
  months: number | null
  unit: string
  /** List price per unit per month, or per item when `months` is null. */
  unitPriceKop: bigint
  listKop: bigint
  discountBps: number
  payableKop: bigint
  /** VAT rate in basis points (2200 = 22%); null when the product is not subject to VAT. */
  vatBps: number | null
}

/** Who a document to the partner is from and to, under what contract, for which client. */
export type DocumentParties = {
  supplier: InvoiceSupplier
  buyer: InvoiceBuyer
  /** The contract the document is issued under, e.g. "Партнёрское соглашение". */
  basis: string
  /** The sublicensee the document is about. */
  client?: { accountNumber: string; name: string }
}

/**
 * Everything printed on a "Счёт на оплату" from the vendor (supplier) to the partner (buyer).
 * Figures arrive already computed and reconciled; the renderer only prints them.
 */
export type InvoiceDocument = DocumentParties & {
  /** Gapless per vendor per year, e.g. '2026-000123'. */
  number: string
  issuedOn: IsoDate
  /** Transfer deadline, when known. */
  payBy?: IsoDate
  isVoid: boolean
  voidReason?: string
  lines: InvoiceDocumentLine[]
  totals: { listKop: bigint; rewardKop: bigint; payableKop: bigint; vatKop: bigint }
}
