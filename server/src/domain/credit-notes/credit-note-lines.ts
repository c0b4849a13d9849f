import { DomainError } from '../domain-error'
import { type PricedLine, sumTotals, type Totals } from '../invoices/price-lines'
import { splitLine } from '../money/split-line'
import { vatIncluded } from '../money/vat-included'

/** What one invoice line bills at a moment: its sublicenses, its term and its money. */
export type LineState = { quantity: number; months: number | null; listKop: bigint; rewardKop: bigint; payableKop: bigint; vatKop: bigint }

/** One line a credit note reduces: by how many sublicenses and/or by how many months. */
export type CreditRequestLine = { line: number; quantity?: number; months?: number }

/** A line of a credit note: the invoice line as it stood, as it becomes, and the difference credited. */
export type CreditedLine = {
  /** The invoice line's index (0-based). */
  line: number
  sku: string
  name: string
  unitPriceKop: bigint
  discountBps: number
  vatBps: number | null
  was: LineState
  becomes: LineState
  credit: LineState
}

type CreditNoteLinesOptions = {
  /** The invoice's lines as it recorded them: its own prices, discount and reward. */
  invoiceLines: PricedLine[]
  /** The lines of the invoice's earlier credit notes, oldest first. */
  earlier: CreditedLine[]
  request: CreditRequestLine[]
}

const refuse = (path: string, message: string) => new DomainError('invalid_request', message, { rule: 'X-2', details: { fields: [{ path, message }] } })

const stateOf = (line: PricedLine): LineState => ({
  quantity: line.quantity,
  months: line.months,
  listKop: line.listKop,
  rewardKop: line.rewardKop,
  payableKop: line.payableKop,
  vatKop: line.vatKop,
})

/** What each invoice line bills after its earlier credit notes: the last note that touched it says. */
export const linesLeft = (invoiceLines: PricedLine[], earlier: CreditedLine[]): LineState[] => {
  const left = invoiceLines.map(stateOf)
  for (const credited of earlier) left[credited.line] = credited.becomes
  return left
}

/** Prices the reduced line the way the invoice priced it: its unit price, its discount, one half-up rounding (AT-5.2, X-1). */
const priceReduced = (line: PricedLine, quantity: number, months: number | null): LineState => {
  const listKop = quantity === 0 || months === 0 ? 0n : line.unitPriceKop * BigInt(quantity) * BigInt(months ?? 1)
  const { rewardKop, payableKop } = splitLine({ listKop, discountBps: line.discountBps })
  return { quantity, months, listKop, rewardKop, payableKop, vatKop: vatIncluded({ amountKop: payableKop, rateBps: line.vatBps }) }
}

const difference = (was: LineState, becomes: LineState): LineState => ({
  quantity: was.quantity - becomes.quantity,
  months: was.months === null || becomes.months === null ? null : was.months - becomes.months,
  listKop: was.listKop - becomes.listKop,
  rewardKop: was.rewardKop - becomes.rewardKop,
  payableKop: was.payableKop - becomes.payableKop,
  vatKop: was.vatKop - becomes.vatKop,
})

const checkCount = (value: number | undefined, path: string, label: string) => {
  if (value === undefined) return 0
  if (!Number.isSafeInteger(value) || value < 1) throw refuse(path, `${label} to credit must be a whole number of at least 1, got ${value}`)
  return value
}

const creditLine = (invoiceLines: PricedLine[], left: LineState[], asked: CreditRequestLine, index: number): CreditedLine => {
  const line = invoiceLines[asked.line]
  if (!Number.isSafeInteger(asked.line) || !line) throw refuse(`lines.${index}.line`, `The invoice has no line ${asked.line + 1}`)
  const named = `Line ${asked.line + 1} (${line.name})`
  const quantity = checkCount(asked.quantity, `lines.${index}.quantity`, `${named}: sublicenses`)
  const months = checkCount(asked.months, `lines.${index}.months`, `${named}: months`)
  if (line.months === null && months > 0) throw refuse(`lines.${index}.months`, `${named} is sold once, not by the month: credit sublicenses only`)
  if (quantity === 0 && months === 0) throw refuse(`lines.${index}`, `${named}: say how many sublicenses or months to credit`)
  const was = left[asked.line]
  if (was.listKop === 0n) throw refuse(`lines.${index}`, `${named} is already credited in full: nothing is left to credit`)
  if (quantity > was.quantity) throw refuse(`lines.${index}.quantity`, `${named}: ${quantity} sublicenses asked, only ${was.quantity} left to credit`)
  if (was.months !== null && months > was.months) throw refuse(`lines.${index}.months`, `${named}: ${months} months asked, only ${was.months} left to credit`)
  const becomes = priceReduced(line, was.quantity - quantity, was.months === null ? null : was.months - months)
  return {
    line: asked.line,
    sku: line.sku,
    name: line.name,
    unitPriceKop: line.unitPriceKop,
    discountBps: line.discountBps,
    vatBps: line.vatBps,
    was,
    becomes,
    credit: difference(was, becomes),
  }
}

/**
 * Prices a credit note against an invoice: each named line drops by some sublicenses
 * and/or months from what its earlier notes left, and is re-priced as the invoice priced it — its
 * recorded unit price and discount, the reward rounded half up once. The note credits the
 * difference, so an invoice and all its notes always add up to the price of what is left, never
 * below zero.
 * @throws DomainError invalid_request for no lines, a line named twice, an unknown line, a
 *   count that is not a whole number of at least 1, months on a one-time line, or more than is left.
 */
export const creditNoteLines = ({ invoiceLines, earlier, request }: CreditNoteLinesOptions): { lines: CreditedLine[]; totals: Totals } => {
  if (request.length === 0) throw refuse('lines', 'Name at least one line to credit')
  const seen = new Set<number>()
  request.forEach((asked, index) => {
    if (seen.has(asked.line)) throw refuse(`lines.${index}.line`, `Line ${asked.line + 1} is named twice: credit it once`)
    seen.add(asked.line)
  })
  const left = linesLeft(invoiceLines, earlier)
  const lines = request.map((asked, index) => creditLine(invoiceLines, left, asked, index))
  const totals = sumTotals(lines.map((l) => l.credit))
  return { lines, totals }
}
