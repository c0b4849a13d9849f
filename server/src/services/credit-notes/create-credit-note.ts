import { randomUUID } from 'node:crypto'
import { AppError, type TCreateCreditNoteRequest } from '../../../../shared/src/contract'
import { type CreditedLine, creditNoteLines } from '../../domain/credit-notes/credit-note-lines'
import { creditNoteNumber } from '../../domain/credit-notes/credit-note-number'
import type { PricedLine } from '../../domain/invoices/price-lines'
import { creditNotePostings } from '../../domain/ledger/credit-note-postings'
import { creditNotesOfInvoice, insertCreditNote } from '../../store/queries/credit-notes'
import { getVisibleInvoice, nextNumberInSeries } from '../../store/queries/invoices'
import { appendLedgerTransaction } from '../../store/queries/ledger'
import { appendAudit } from '../audit'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { toCreditNote } from '../dto/to-credit-note'
import { loadInvoice } from '../invoices/steps/load-invoice'
import { fromJson, type Jsonify, toJson } from '../json'
import { runWrite } from '../run-write'
import { today } from '../today'

/**
 * Vendor staff credit part of an invoice before or after its transfer: some sublicenses
 * or months of some lines, priced as the invoice priced them, under the next gapless credit-note
 * number of the year. The ledger gets one balanced transaction reversing that part; on a settled
 * invoice the credited payable becomes what the vendor owes the partner.
 * @throws invalid_state for a void invoice; invalid_request for lines that are unknown, named
 *   twice, not whole numbers of at least 1, or more than the invoice and its earlier notes leave.
 */
export const createCreditNote = (deps: Deps, ctx: Ctx, id: string, body: TCreateCreditNoteRequest) =>
  runWrite(deps, ctx, { route: 'createCreditNote', params: { id }, body }, async (trx) => {
    // The invoice row stays locked until commit, so two notes on one invoice never both take what is left.
    const invoice = await getVisibleInvoice(trx, id, null, true)
    if (invoice.state === 'void') throw new AppError('invalid_state', `Invoice ${invoice.number} is void: nothing to credit`, { rule: 'X-3' })
    const earlier = await creditNotesOfInvoice(trx, id)
    const { lines, totals } = creditNoteLines({
      invoiceLines: fromJson<PricedLine[]>(invoice.lines as Jsonify<PricedLine[]>),
      earlier: earlier.flatMap((note) => fromJson<CreditedLine[]>(note.lines as Jsonify<CreditedLine[]>)),
      request: body.lines,
    })
    const issuedOn = today(deps, ctx)
    const year = Number(issuedOn.slice(0, 4))
    const seq = await nextNumberInSeries(trx, { series: 'credit-note', year })
    const reason = body.reason.trim()
    const note = await insertCreditNote(trx, {
      id: randomUUID(),
      number: creditNoteNumber(year, seq),
      year,
      seq,
      invoice_id: id,
      partner_id: invoice.partner_id,
      lines: JSON.stringify(toJson(lines)),
      list_kop: totals.listKop,
      reward_kop: totals.rewardKop,
      payable_kop: totals.payableKop,
      vat_kop: totals.vatKop,
      reason,
      issued_on: issuedOn,
      created_at: ctx.now,
    })
    await appendLedgerTransaction(trx, {
      kind: 'credit.noted',
      partnerId: invoice.partner_id,
      invoiceId: id,
      creditNoteId: note.id,
      memo: reason,
      postings: creditNotePostings({
        partnerId: invoice.partner_id,
        totals,
        hasClientPaid: invoice.client_paid_on !== null,
        isSettled: invoice.state === 'settled',
      }),
    })
    await appendAudit(trx, ctx.actor, {
      action: 'invoice.credit-noted',
      entity: 'invoice',
      entityId: id,
      after: { creditNote: note.number, creditNoteId: note.id, lines: body.lines, totals: toJson(totals) },
      reason,
    })
    return { creditNote: toCreditNote(note), invoice: await loadInvoice(trx, deps, ctx, id) }
  })
