import type { InvoiceRow } from '../../../store/queries/invoices'

/**
 * What an invoice still bills once its credit notes are taken off: the client pays the rest
 * of the list price and the partner transfers the rest of the payable. Never below zero: each
 * note credits at most what the ones before it left.
 */
export const netOfCreditNotes = (invoice: Pick<InvoiceRow, 'list_kop' | 'payable_kop' | 'credit_notes'>) =>
  invoice.credit_notes.reduce((net, note) => ({ listKop: net.listKop - BigInt(note.list_kop), payableKop: net.payableKop - BigInt(note.payable_kop) }), {
    listKop: invoice.list_kop,
    payableKop: invoice.payable_kop,
  })
