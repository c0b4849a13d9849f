import type { Db } from '../db'

/** Stores a stream ticket's hash for whom it was issued, dropping the expired ones on the way. */
export const insertStreamTicket = async (db: Db, ticket: { hash: string; installationId: string; partnerId: string | null; expiresAt: Date; now: Date }) => {
  await db.deleteFrom('stream_tickets').where('expires_at', '<=', ticket.now).execute()
  await db
    .insertInto('stream_tickets')
    .values({ hash: ticket.hash, installation_id: ticket.installationId, partner_id: ticket.partnerId, expires_at: ticket.expiresAt })
    .execute()
}

/** Takes a ticket once: deleted as it is read, so a copied URL opens nothing a second time. Null when unknown or expired. */
export const takeStreamTicket = (db: Db, { hash, now }: { hash: string; now: Date }) =>
  db.deleteFrom('stream_tickets').where('hash', '=', hash).where('expires_at', '>', now).returning(['installation_id', 'partner_id']).executeTakeFirst()
