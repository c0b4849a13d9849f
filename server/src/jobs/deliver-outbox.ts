import type { Transporter } from 'nodemailer'
import type { Deps } from '../services/deps'
import { claimEmail, pendingEmails, setEmailFailed, setEmailSent } from '../store/queries/outbox'

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
  const pending = await pendingEmails(deps.db, { maxAttempts: MAX_ATTEMPTS, limit: BATCH })
  let sent = 0
  for (const row of pending) {
    if (!(await claimEmail(deps.db, row))) continue
    try {
      await mailer.sendMail({ from, to: row.to_email, subject: row.subject, text: row.body })
      await setEmailSent(deps.db, { id: row.id, sentAt: now })
      sent += 1
    } catch (error) {
      deps.logger.warn({ err: error, outboxId: String(row.id) }, 'outbox delivery failed')
      await setEmailFailed(deps.db, { id: row.id, error: String(error) })
    }
  }
  return sent
}
