import type { Transporter } from 'nodemailer'
import type { Deps } from '../services/deps'

const BATCH = 20
/** Sends tried per e-mail before it stays unsent for good (reported by /metrics). */
export const MAX_ATTEMPTS = 10

/**
 * Sends queued e-mails (AT-4.5 notices) through SMTP. Each row is claimed by bumping its attempt
 * count only if nobody else did, so relays sharing a database never send one twice; the SMTP call
 * happens outside any transaction, so a slow mail server never holds the database. A failed send is
 * retried on later passes, up to a limit, and the row keeps the last error.
 */
export const deliverOutbox = async (deps: Deps, mailer: Transporter, from: string, now: Date) => {
  const pending = await deps.db
    .selectFrom('outbox')
    .select(['id', 'attempts', 'to_email', 'subject', 'body'])
    .where('sent_at', 'is', null)
    .where('attempts', '<', MAX_ATTEMPTS)
    .orderBy('id')
    .limit(BATCH)
    .execute()
  let sent = 0
  for (const row of pending) {
    const claimed = await deps.db
      .updateTable('outbox')
      .set({ attempts: row.attempts + 1 })
      .where('id', '=', row.id)
      .where('attempts', '=', row.attempts)
      .where('sent_at', 'is', null)
      .executeTakeFirst()
    if (claimed.numUpdatedRows === 0n) continue
    try {
      await mailer.sendMail({ from, to: row.to_email, subject: row.subject, text: row.body })
      await deps.db.updateTable('outbox').set({ sent_at: now, last_error: null }).where('id', '=', row.id).execute()
      sent += 1
    } catch (error) {
      deps.logger.warn({ err: error, outboxId: String(row.id) }, 'outbox delivery failed')
      await deps.db.updateTable('outbox').set({ last_error: String(error) }).where('id', '=', row.id).execute()
    }
  }
  return sent
}
