import type { TCreditNoteLine } from '../../../../shared/src/contract'
import type { CreditNoteDocument } from '../../documents/credit-note-document'
import { renderCreditNotePdf } from '../../documents/render-credit-note-pdf'
import { getVisibleCreditNote } from '../../store/queries/credit-notes'
import { getVisibleInvoice } from '../../store/queries/invoices'
import { partnerIdOf } from '../actor'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { documentParties } from '../invoices/steps/document-parties'

const kop = (value: number) => BigInt(value)

/**
 * A credit note as a «Корректировочный счёт» PDF: the invoice it corrects and the
 * invoice's payable before and after it, counting the notes issued before it. The partner reads its own; staff any.
 */
export const creditNotePdf = async (deps: Deps, ctx: Ctx, id: string) => {
  const note = await getVisibleCreditNote(deps.db, id, partnerIdOf(ctx))
  const invoice = await getVisibleInvoice(deps.db, note.invoice_id, partnerIdOf(ctx))
  const before = invoice.credit_notes.slice(
    0,
    invoice.credit_notes.findIndex((other) => other.id === note.id),
  )
  const payableBeforeKop = before.reduce((rest, other) => rest - BigInt(other.payable_kop), invoice.payable_kop)
  const document: CreditNoteDocument = {
    number: note.number,
    issuedOn: note.issued_on,
    invoice: { number: invoice.number, issuedOn: invoice.issued_on, payableBeforeKop, payableAfterKop: payableBeforeKop - note.payable_kop },
    reason: note.reason,
    ...(await documentParties(deps.db, deps, invoice)),
    lines: (note.lines as TCreditNoteLine[]).map((line) => ({
      name: line.name,
      discountBps: line.discountBps,
      vatBps: line.vatBps,
      was: { quantity: line.was.quantity, months: line.was.months, payableKop: kop(line.was.payableKop) },
      becomes: { quantity: line.becomes.quantity, months: line.becomes.months, payableKop: kop(line.becomes.payableKop) },
      credit: { listKop: kop(line.credit.listKop), rewardKop: kop(line.credit.rewardKop), payableKop: kop(line.credit.payableKop) },
    })),
    totals: { listKop: note.list_kop, rewardKop: note.reward_kop, payableKop: note.payable_kop, vatKop: note.vat_kop },
  }
  return { contentType: 'application/pdf', filename: `Корректировочный счёт ${note.number}.pdf`, body: await renderCreditNotePdf(document) }
}
