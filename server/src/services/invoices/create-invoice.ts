import { randomUUID } from 'node:crypto'
import type { TCreateInvoiceRequest, TInvoice } from '../../../../shared/src/contract'
import { invoiceNumber } from '../../domain/invoices/invoice-number'
import { issuePostings } from '../../domain/ledger/invoice-postings'
import { insertInvoice, lockClientInvoicing, nextInvoiceNumber } from '../../store/queries/invoices'
import { appendLedgerTransaction } from '../../store/queries/ledger'
import { requirePartner } from '../actor'
import { appendAudit } from '../audit'
import type { Ctx } from '../context'
import { rememberCard } from '../crm-writes/steps/remember-card'
import type { Deps } from '../deps'
import { toInvoice } from '../dto/to-invoice'
import { toJson } from '../json'
import { tellTransferDue } from '../notices/steps/tell-transfer-due'
import { runWrite } from '../run-write'
import { today } from '../today'
import { postClientPayment } from './steps/book-client-payment'
import { assertConfirmed, guardedPrice } from './steps/invoice-guards'

/**
 * A partner creates a sublicense invoice for a pinned client (AT-1.6, AT-5.1): priced from the
 * program only, numbered without gaps, booked in the ledger; with the client's payment date it
 * also gets its transfer deadline. Refused with confirmation_required, writing nothing, while a
 * warning of the quote is not in `confirmed`.
 */
export const createInvoice = (deps: Deps, ctx: Ctx, body: TCreateInvoiceRequest): Promise<{ invoice: TInvoice }> =>
  runWrite(deps, ctx, { route: 'createInvoice', body }, async (trx) => {
    const partnerId = requirePartner(ctx)
    const issuedOn = today(deps, ctx)
    // Twins sent at once take turns from here, so the second sees the first.
    await lockClientInvoicing(trx, { partnerId, accountNumber: body.accountNumber ?? null })
    const { partner, client, priced, discountSource, projectPinId, deadline, warnings } = await guardedPrice(trx, deps, ctx, partnerId, body)
    // A late date, a large total or a likely twin is committed only once the partner has seen it (AT-1.6, AT-5.1, X-6).
    assertConfirmed(warnings, body.confirmed)
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
      // The clock reading of the request, so the duplicate window and the rules share one clock.
      created_at: ctx.now,
    })
    await appendLedgerTransaction(trx, { kind: 'invoice.issued', partnerId, invoiceId: id, postings: issuePostings({ partnerId, ...totals }) })
    await appendAudit(trx, ctx.actor, {
      action: 'invoice.issued',
      entity: 'invoice',
      entityId: id,
      after: { number: row.number, totals: toJson(totals), discountSource },
    })
    await rememberCard(trx, ctx, client?.account_number)
    if (body.clientPaidOn && deadline) {
      await postClientPayment(trx, deps, ctx, { invoiceId: id, partnerId, listKop: totals.listKop, paidOn: body.clientPaidOn, deadline })
      await tellTransferDue(trx, { invoiceId: id, rule: deps.program.violations.overdueRule, at: ctx.now })
    }
    return { invoice: toInvoice({ ...row, partner_name: partner.name, client_name: client?.name ?? null, credit_notes: [] }, issuedOn, deps.calendars) }
  })
