import { createHash, randomBytes } from 'node:crypto'
import { AppError, EVENTS_PATH, type TStreamTicket } from '../../../../shared/src/contract'
import { insertStreamTicket, takeStreamTicket } from '../../store/queries/stream-tickets'
import type { Ctx } from '../context'
import type { Deps } from '../deps'

const TICKET_TTL_MS = 60_000

const hashOf = (ticket: string) => createHash('sha256').update(ticket).digest('hex')

/** Whose events a stream carries: one partner's, or (null) every partner's for vendor staff. */
export type StreamScope = { installationId: string; partnerId: string | null }

/**
 * A one-use ticket for the caller's live-updates stream, good for a minute: the browser's
 * EventSource cannot send the CRM's token, so the token goes with this POST and the stream URL
 * carries only the ticket. Stored hashed in the database, so any relay may open the stream.
 */
export const issueStreamTicket = async (deps: Deps, ctx: Ctx): Promise<TStreamTicket> => {
  const { actor } = ctx
  if (actor.kind !== 'partner' && actor.kind !== 'vendor') throw new AppError('forbidden', 'Only a linked CRM account has live updates')
  const ticket = randomBytes(32).toString('base64url')
  const expiresAt = new Date(ctx.now.getTime() + TICKET_TTL_MS)
  await insertStreamTicket(deps.db, {
    hash: hashOf(ticket),
    installationId: actor.installationId,
    partnerId: actor.kind === 'partner' ? actor.partnerId : null,
    expiresAt,
    now: ctx.now,
  })
  return { ticket, path: EVENTS_PATH, expiresAt: expiresAt.toISOString() }
}

/**
 * The scope a ticket was issued for, taking it so it opens one stream only.
 * @throws unauthenticated when the ticket is unknown, used or expired.
 */
export const redeemStreamTicket = async (deps: Deps, ticket: string, now: Date): Promise<StreamScope> => {
  const row = /^[\w-]{20,100}$/.test(ticket) ? await takeStreamTicket(deps.db, { hash: hashOf(ticket), now }) : undefined
  if (!row) throw new AppError('unauthenticated', 'The stream ticket is unknown, used or expired: take a new one with POST /v1/events/tickets')
  return { installationId: row.installation_id, partnerId: row.partner_id }
}
