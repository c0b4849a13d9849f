import { sql } from 'kysely'
import type { Db, Trx } from '../db'
import type { NoticeRow } from '../schema'

export type NewNotice = {
  recipient: string
  partnerId: string | null
  kind: string
  rule: string | null
  params: Record<string, string>
  accountNumber: string | null
  dueOn: string | null
  subject: string
  eventKey: string
  at: Date
}

/**
 * Records a notice once per event and recipient: a second insert of the same event (a replayed
 * request, a reminder pass on another relay, the same pass after a restart) does nothing. True when
 * this call made it.
 */
export const insertNotice = async (trx: Trx, n: NewNotice): Promise<boolean> => {
  const inserted = await trx
    .insertInto('notices')
    .values({
      recipient: n.recipient,
      partner_id: n.partnerId,
      kind: n.kind,
      rule: n.rule,
      params: JSON.stringify(n.params),
      account_number: n.accountNumber,
      due_on: n.dueOn,
      subject: n.subject,
      event_key: n.eventKey,
      created_at: n.at,
    })
    .onConflict((conflict) => conflict.columns(['event_key', 'recipient']).doNothing())
    .returning('id')
    .executeTakeFirst()
  return inserted !== undefined
}

/** A recipient's latest notices, newest first. */
export const noticesOf = (db: Db, { recipient, limit }: { recipient: string; limit: number }): Promise<NoticeRow[]> =>
  db.selectFrom('notices').selectAll().where('recipient', '=', recipient).orderBy('id', 'desc').limit(limit).execute()

export const unreadNoticeCount = async (db: Db, recipient: string): Promise<number> => {
  const { count } = await db
    .selectFrom('notices')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('recipient', '=', recipient)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow()
  return Number(count)
}

/** Which of `ids` are the recipient's own: the rest are someone else's or do not exist. */
export const ownNoticeIds = async (db: Db, { recipient, ids }: { recipient: string; ids: string[] }): Promise<string[]> => {
  const rows = await db
    .selectFrom('notices')
    .select('id')
    .where('recipient', '=', recipient)
    .where(
      'id',
      'in',
      ids.map((id) => BigInt(id)),
    )
    .execute()
  return rows.map((row) => String(row.id))
}

/** Marks the recipient's unread notices read: the listed ones, or all of them when `ids` is null. */
export const setNoticesRead = async (trx: Trx, { recipient, ids, at }: { recipient: string; ids: string[] | null; at: Date }) => {
  let query = trx.updateTable('notices').set({ read_at: at }).where('recipient', '=', recipient).where('read_at', 'is', null)
  if (ids)
    query = query.where(
      'id',
      'in',
      ids.map((id) => BigInt(id)),
    )
  await query.execute()
}

/** Once the thing a notice is about is done (the transfer recorded, the pin decided), its notices are read for every recipient. */
export const setSubjectNoticesRead = async (trx: Trx, { subject, at }: { subject: string; at: Date }) => {
  await trx.updateTable('notices').set({ read_at: at }).where('subject', '=', subject).where('read_at', 'is', null).execute()
}

/** Transfers awaiting their reminders (AT-1.6): issued, the client's payment recorded, the transfer not received. */
export const transfersAwaited = (db: Db) =>
  db
    .selectFrom('invoices')
    .leftJoin('clients', 'clients.account_number', 'invoices.account_number')
    .select([
      'invoices.id',
      'invoices.number',
      'invoices.partner_id',
      'invoices.account_number',
      'invoices.payable_kop',
      'invoices.transfer_due_on',
      'clients.name as client_name',
      (eb) =>
        eb
          .selectFrom('credit_notes')
          .select((inner) => inner.fn.coalesce(inner.fn.sum<string>('credit_notes.payable_kop'), sql<string>`0`).as('credited'))
          .whereRef('credit_notes.invoice_id', '=', 'invoices.id')
          .as('credited_kop'),
    ])
    .where('invoices.state', '=', 'issued')
    .where('invoices.transfer_received_on', 'is', null)
    .where('invoices.transfer_due_on', 'is not', null)
    .orderBy('invoices.transfer_due_on')
    .execute()
