import type { Kysely } from 'kysely'
import { sql } from 'kysely'

/**
 * One-use tickets that open a live-updates stream (`GET /v1/events`): a browser's EventSource sends
 * no headers, so an authenticated POST takes a ticket first. Kept in the database, any relay behind
 * the load balancer may be the one the stream reaches; only the ticket's hash is stored.
 */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    create table stream_tickets (
      hash text primary key,
      installation_id text not null,
      partner_id text,
      expires_at timestamptz not null
    )
  `.execute(db)
  await sql`create index stream_tickets_expires_at on stream_tickets (expires_at)`.execute(db)
}
