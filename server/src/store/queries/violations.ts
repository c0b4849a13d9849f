import type { Insertable } from 'kysely'
import type { TSystemNote, TSystemVoidReason } from '../../../../shared/src/contract'
import type { Db, Trx } from '../db'
import type { Database } from '../schema'

const selectViolations = (db: Db) =>
  db
    .selectFrom('violations')
    .leftJoin('invoices', 'invoices.id', 'violations.invoice_id')
    .select([
      'violations.id',
      'violations.partner_id',
      'violations.rule',
      'violations.source',
      'violations.invoice_id',
      'invoices.number as invoice_number',
      'violations.note',
      'violations.note_code',
      'violations.note_params',
      'violations.occurred_on',
      'violations.voided_at',
      'violations.void_reason',
      'violations.void_code',
      'violations.void_params',
      'violations.created_at',
    ])

export const violationsOfPartner = (db: Db, partnerId: string) =>
  selectViolations(db).where('violations.partner_id', '=', partnerId).orderBy('violations.created_at', 'desc').execute()

/** The live violations of every partner, newest first: what vendor staff may have to void (AT-4.1). */
export const liveViolations = (db: Db, limit: number) =>
  selectViolations(db).where('violations.voided_at', 'is', null).orderBy('violations.created_at', 'desc').limit(limit).execute()

/** A violation with the number of the invoice it is about, if any. */
export type ViolationRow = Awaited<ReturnType<ReturnType<typeof selectViolations>['executeTakeFirstOrThrow']>>

export const findViolation = (db: Db, id: string) => selectViolations(db).where('violations.id', '=', id).executeTakeFirst()

/** Loads a violation for a change, locking its row. */
export const lockViolation = (trx: Trx, id: string) => selectViolations(trx).where('violations.id', '=', id).forUpdate('violations').executeTakeFirst()

/** The invoice's automatic overdue violation (AT-1.6): a live one only when `isLive`, else one ever raised, voided or not. */
export const findOverdueViolation = (db: Db, invoiceId: string, { isLive = false }: { isLive?: boolean } = {}) => {
  let query = db.selectFrom('violations').select('id').where('invoice_id', '=', invoiceId).where('source', '=', 'auto-overdue')
  if (isLive) query = query.where('voided_at', 'is', null)
  return query.executeTakeFirst()
}

/** When each live violation of the partner was committed and when the partner was told of it (AT-4.1, AG-1.5). */
export const liveViolationNotices = (db: Db, partnerId: string) =>
  db.selectFrom('violations').select(['occurred_on', 'noticed_at']).where('partner_id', '=', partnerId).where('voided_at', 'is', null).execute()

/** The columns of a note the relay worded itself; both null for a note vendor staff typed. */
export const noteCodeColumns = (systemNote: TSystemNote | undefined) => ({
  note_code: systemNote?.code ?? null,
  note_params: systemNote ? JSON.stringify(systemNote.params) : null,
})

export type NewViolation = Insertable<Database['violations']>

export const insertViolation = async (trx: Trx, values: NewViolation) => {
  await trx.insertInto('violations').values(values).execute()
}

/** Voids a violation; `systemVoidReason` when the relay worded the reason itself (its code and facts beside the text). */
export const setViolationVoid = async (
  trx: Trx,
  { id, now, reason, systemVoidReason }: { id: string; now: Date; reason: string; systemVoidReason?: TSystemVoidReason },
) => {
  await trx
    .updateTable('violations')
    .set({
      voided_at: now,
      void_reason: reason,
      void_code: systemVoidReason?.code ?? null,
      void_params: systemVoidReason ? JSON.stringify(systemVoidReason.params) : null,
    })
    .where('id', '=', id)
    .execute()
}

/** Every live automatic overdue violation raised on the invoice (AT-1.6); a partial unique index keeps it to one. */
export const liveOverdueViolationsOf = (db: Db, invoiceId: string) =>
  db
    .selectFrom('violations')
    .select('id')
    .where('invoice_id', '=', invoiceId)
    .where('source', '=', 'auto-overdue')
    .where('voided_at', 'is', null)
    .orderBy('created_at')
    .execute()
