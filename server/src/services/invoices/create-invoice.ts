import { randomUUID } from 'node:crypto'
import { AppError, type TCreateInvoiceRequest, type TInvoice } from '../../../../shared/src/contract'
import { invoiceNumber } from '../../domain/invoices/invoice-number'
import { paymentDeadline } from '../../domain/invoices/payment-deadline'
import { issuePostings } from '../../domain/ledger/invoice-postings'
import { insertInvoice, nextInvoiceNumber } from '../../store/queries/invoices'
import { appendLedgerTransaction } from '../../store/queries/ledger'
import { requirePartner } from '../actor'
import { appendAudit } from '../audit'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { toInvoice } from '../dto/to-invoice'
import { toPartnerFacts } from '../dto/to-partner'
import { toJson } from '../json'
import { runWrite } from '../run-write'
import { today } from '../today'
import { postClientPayment } from './steps/book-client-payment'
import { priceForPartner } from './steps/price-for-partner'

/**
 * A partner creates a sublicense invoice for a pinned client (AT-1.6, AT-5.1): priced from the
 * program only, numbered without gaps, booked in the ledger; with the client's payment date it
 * also gets its transfer deadline.
 */
export const createInvoice = (deps: Deps, ctx: Ctx, body: TCreateInvoiceRequest): Promise<{ invoice: TInvoice }> =>
  runWrite(deps, ctx, { route: 'createInvoice', body }, async (trx) => {
    const partnerId = requirePartner(ctx)
    const issuedOn = today(deps, ctx)
    if (body.clientPaidOn && body.clientPaidOn > issuedOn) {
      throw new AppError('invalid_request', 'The client payment date cannot be in the future', {
        rule: 'AT-1.6',
        details: { fields: [{ path: 'clientPaidOn', message: `On or before ${issuedOn}` }] },
      })
    }
    const { partner, client, priced, discountSource, projectPinId } = await priceForPartner(trx, deps, partnerId, body)
    const deadline = body.clientPaidOn
      ? paymentDeadline({ program: deps.program, calendars: deps.calendars, partner: toPartnerFacts(partner), paidOn: body.clientPaidOn })
      : null
    const id = randomUUID()
    const { totals } = priced
    // Everything from here holds the year's counter row until commit: keep it to four statements.
    const year = Number(issuedOn.slice(0, 4))
    const seq = await nextInvoiceNumber(trx, year)
    const row = await insertInvoice(trx, {
      id,
      number: invoiceNumber(year, seq),
      year,
      seq,
      partner_id: partnerId,
      account_number: client?.account_number ?? null,
      state: 'issued',
      lines: JSON.stringify(toJson(priced.lines)),
      list_kop: totals.listKop,
      reward_kop: totals.rewardKop,
      payable_kop: totals.payableKop,
      vat_kop: totals.vatKop,
      discount_source: discountSource,
      issued_on: issuedOn,
      project_pin_id: projectPinId,
      client_paid_on: body.clientPaidOn ?? null,
      transfer_due_on: deadline?.date ?? null,
      transfer_due_estimated: deadline?.isEstimated ?? false,
    })
    await appendLedgerTransaction(trx, { kind: 'invoice.issued', partnerId, invoiceId: id, postings: issuePostings({ partnerId, ...totals }) })
    await appendAudit(trx, ctx.actor, {
      action: 'invoice.issued',
      entity: 'invoice',
      entityId: id,
      after: { number: row.number, totals: toJson(totals), discountSource },
    })
    if (body.clientPaidOn && deadline)
      await postClientPayment(trx, ctx, { invoiceId: id, partnerId, listKop: totals.listKop, paidOn: body.clientPaidOn, deadline })
    return { invoice: toInvoice({ ...row, partner_name: partner.name, client_name: client?.name ?? null }, issuedOn, deps.calendars) }
  })
