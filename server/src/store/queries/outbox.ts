import type { Db, Trx } from '../db'

/** Queues one e-mail in the caller's transaction; the outbox job sends it (AT-4.5). */
export const queueEmail = async (trx: Trx, { kind, to, subject, body }: { kind: string; to: string; subject: string; body: string }) => {
  await trx.insertInto('outbox').values({ kind, to_email: to, subject, body }).execute()
}

/** The oldest unsent e-mails that have attempts left. */
export const pendingEmails = (db: Db, { maxAttempts, limit }: { maxAttempts: number; limit: number }) =>
  db
    .selectFrom('outbox')
    .select(['id', 'attempts', 'to_email', 'subject', 'body'])
    .where('sent_at', 'is', null)
    .where('attempts', '<', maxAttempts)
    .orderBy('id')
    .limit(limit)
    .execute()

/**
 * Claims an e-mail for one send by bumping its attempt count only if nobody else did since it was
 * read; false when another relay got there first.
 */
export const claimEmail = async (db: Db, { id, attempts }: { id: bigint; attempts: number }): Promise<boolean> => {
  const claimed = await db
    .updateTable('outbox')
    .set({ attempts: attempts + 1 })
    .where('id', '=', id)
    .where('attempts', '=', attempts)
    .where('sent_at', 'is', null)
    .executeTakeFirst()
  return claimed.numUpdatedRows !== 0n
}

export const setEmailSent = async (db: Db, { id, sentAt }: { id: bigint; sentAt: Date }) => {
  await db.updateTable('outbox').set({ sent_at: sentAt, last_error: null }).where('id', '=', id).execute()
}

export const setEmailFailed = async (db: Db, { id, error }: { id: bigint; error: string }) => {
  await db.updateTable('outbox').set({ last_error: error }).where('id', '=', id).execute()
}
