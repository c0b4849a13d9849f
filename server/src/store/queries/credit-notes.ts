import { type Insertable, sql } from 'kysely'
import { AppError } from '../../../../shared/src/contract'
import type { Db, Trx } from '../db'
import type { Database } from '../schema'

export type NewCreditNote = Insertable<Database['credit_notes']>

/** Writes a new credit note and answers it as stored. */
export const insertCreditNote = (trx: Trx, values: NewCreditNote) => trx.insertInto('credit_notes').values(values).returningAll().executeTakeFirstOrThrow()

/** An invoice's credit notes, oldest first: each one's lines start where the one before left off. */
export const creditNotesOfInvoice = (db: Db, invoiceId: string) =>
  db.selectFrom('credit_notes').selectAll().where('invoice_id', '=', invoiceId).orderBy('year').orderBy('seq').execute()

/** A credit note the caller may see: its partner's own or, for vendor staff, any; another partner's answers not_found. */
export const getVisibleCreditNote = async (db: Db, id: string, partnerId: string | null) => {
  let query = db.selectFrom('credit_notes').selectAll().where('id', '=', id)
  if (partnerId) query = query.where('partner_id', '=', partnerId)
  const row = await query.executeTakeFirst()
  if (!row) throw new AppError('not_found', 'No such credit note')
  return row
}

/** A credit note as an invoice row carries it in JSON: money as text (int8 is not a safe JSON number). */
export type CreditNoteJson = {
  id: string
  number: string
  issued_on: string
  reason: string
  lines: unknown[]
  list_kop: string
  reward_kop: string
  payable_kop: string
  vat_kop: string
}

/** The credit notes of the row's invoice (`invoices.id` in the enclosing query) as one JSON array, oldest first. */
export const creditNotesJson = () =>
  sql<CreditNoteJson[]>`(
    select coalesce(json_agg(json_build_object(
      'id', c.id, 'number', c.number, 'issued_on', c.issued_on, 'reason', c.reason, 'lines', c.lines,
      'list_kop', c.list_kop::text, 'reward_kop', c.reward_kop::text, 'payable_kop', c.payable_kop::text, 'vat_kop', c.vat_kop::text
    ) order by c.year, c.seq), '[]')
    from credit_notes as c where c.invoice_id = invoices.id
  )`
