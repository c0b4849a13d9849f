import type { TRenewal, TRenewalsResponse } from '../../../../shared/src/contract'
import type { PaidInvoice } from '../../domain/invoices/sublicense-terms'
import { sublicenseTerms } from '../../domain/invoices/sublicense-terms'
import { nextTerm } from '../../domain/renewals/next-term'
import { termsEndingWithin } from '../../domain/renewals/terms-ending-within'
import { paidInvoicesForRenewals } from '../../store/queries/invoices'
import { partnerIdOf } from '../actor'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { today } from '../today'

/** How far ahead the list looks, in calendar days (issue 11). */
export const RENEWAL_WINDOW_DAYS = 60

/**
 * Client terms ending in the next 60 days, soonest first (AT-1.6 prolongation): a partner sees its
 * own clients' (X-5), vendor staff every partner's — the renewals at risk. Each term comes with the
 * term a renewal for the same months would buy.
 */
export const listRenewals = async (deps: Deps, ctx: Ctx): Promise<TRenewalsResponse> => {
  const day = today(deps, ctx)
  const rows = await paidInvoicesForRenewals(deps.db, partnerIdOf(ctx))
  const byAccount = new Map<string, typeof rows>()
  for (const row of rows) byAccount.set(row.account_number!, [...(byAccount.get(row.account_number!) ?? []), row])
  const renewals: TRenewal[] = []
  for (const [accountNumber, invoices] of byAccount) {
    const partnerOf = new Map(invoices.map((row) => [row.id, { id: row.partner_id, name: row.partner_name }]))
    const paid: PaidInvoice[] = invoices.map((row) => ({
      id: row.id,
      number: row.number,
      clientPaidOn: row.client_paid_on!,
      onTime: row.on_time,
      lines: row.lines as PaidInvoice['lines'],
    }))
    for (const term of termsEndingWithin({ terms: sublicenseTerms(paid).terms, today: day, days: RENEWAL_WINDOW_DAYS })) {
      const partner = partnerOf.get(term.invoiceId)!
      renewals.push({
        accountNumber,
        clientName: invoices[0].client_name,
        partnerId: partner.id,
        partnerName: partner.name,
        sku: term.sku,
        name: term.name,
        quantity: term.quantity,
        months: term.months,
        paidThrough: term.paidThrough,
        daysLeft: term.daysLeft,
        invoiceNumber: term.invoiceNumber,
        next: nextTerm({ paidThrough: term.paidThrough, months: term.months }),
      })
    }
  }
  renewals.sort((a, b) => a.daysLeft - b.daysLeft || a.accountNumber.localeCompare(b.accountNumber) || a.sku.localeCompare(b.sku))
  return { days: RENEWAL_WINDOW_DAYS, renewals }
}
