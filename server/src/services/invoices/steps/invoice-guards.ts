import { AppError, type TQuoteRequest, type TWarningCode } from '../../../../../shared/src/contract'
import { type InvoiceWarning, invoiceWarnings, type RecentInvoice, unconfirmed } from '../../../domain/invoices/invoice-warnings'
import { paymentDeadline } from '../../../domain/invoices/payment-deadline'
import type { PartnerFacts } from '../../../domain/partners/partner-terms'
import type { Db } from '../../../store/db'
import { recentInvoicesOfClient } from '../../../store/queries/invoices'
import type { Ctx } from '../../context'
import type { Deps } from '../../deps'
import { toPartnerFacts } from '../../dto/to-partner'
import { toJson } from '../../json'
import { today } from '../../today'
import { priceForPartner } from './price-for-partner'

/** A client payment date after today is refused: nobody has paid tomorrow (AT-1.6). */
export const assertPaidByToday = (deps: Deps, ctx: Ctx, paidOn: string | undefined, path: string) => {
  const issuedOn = today(deps, ctx)
  if (paidOn && paidOn > issuedOn) {
    throw new AppError('invalid_request', 'The client payment date cannot be in the future', {
      rule: 'AT-1.6',
      details: { fields: [{ path, message: `On or before ${issuedOn}` }] },
    })
  }
}

type GuardInput = {
  partnerId: string
  partner: PartnerFacts
  accountNumber: string | null
  lines: { sku: string; quantity: number; months?: number | null }[]
  listKop: bigint
  clientPaidOn?: string
}

/**
 * The transfer deadline a client payment date sets (AT-1.6) and what the partner must confirm before
 * these lines become an invoice (AT-1.6, AT-5.1, X-6). Reads only; shared by the quote and the invoice.
 */
export const invoiceGuards = async (db: Db, deps: Deps, ctx: Ctx, input: GuardInput) => {
  const { program } = deps
  const deadline = input.clientPaidOn ? paymentDeadline({ program, calendars: deps.calendars, partner: input.partner, paidOn: input.clientPaidOn }) : null
  const windowMs = program.guards.duplicateWindowMinutes * 60_000
  const rows =
    windowMs > 0
      ? await recentInvoicesOfClient(db, { partnerId: input.partnerId, accountNumber: input.accountNumber, since: new Date(ctx.now.getTime() - windowMs) })
      : []
  const recent: RecentInvoice[] = rows.map((row) => ({ number: row.number, issuedOn: row.issued_on, lines: row.lines as RecentInvoice['lines'] }))
  const warnings = invoiceWarnings({
    program,
    today: today(deps, ctx),
    payment: input.clientPaidOn && deadline ? { paidOn: input.clientPaidOn, dueOn: deadline.date } : null,
    listKop: input.listKop,
    lines: input.lines,
    recent,
  })
  return { deadline, warnings }
}

/**
 * Goes ahead only when every warning is among the caller's `confirmed` codes; otherwise refuses with
 * all that are left, so the screen can ask once for all of them. Thrown before anything is written.
 */
export const assertConfirmed = (warnings: InvoiceWarning[], confirmed: readonly TWarningCode[] | undefined) => {
  const left = unconfirmed(warnings, confirmed)
  if (left.length === 0) return
  throw new AppError('confirmation_required', `Confirm first: ${left.map((w) => `${w.code} (${w.rule})`).join(', ')}`, {
    rule: left[0]?.rule,
    details: { warnings: toJson(left) },
  })
}

/**
 * The partner's price for these lines (AT-5.1) with the deadline their client-payment date sets and
 * what the partner must confirm (AT-1.6, AT-5.1, X-6): what the quote shows is what the invoice
 * checks, computed one way for both.
 */
export const guardedPrice = async (db: Db, deps: Deps, ctx: Ctx, partnerId: string, body: TQuoteRequest) => {
  assertPaidByToday(deps, ctx, body.clientPaidOn, 'clientPaidOn')
  const price = await priceForPartner(db, deps, partnerId, body)
  const guards = await invoiceGuards(db, deps, ctx, {
    partnerId,
    partner: toPartnerFacts(price.partner),
    accountNumber: body.accountNumber ?? null,
    lines: body.lines,
    listKop: price.priced.totals.listKop,
    clientPaidOn: body.clientPaidOn,
  })
  return { ...price, ...guards }
}
