import { z } from 'zod/mini'
import { ZTimestamp } from './common'

/** The live-updates stream: Server-Sent Events, served by the HTTP layer beside the route table. */
export const EVENTS_PATH = '/v1/events'

/**
 * What changed, as the open screens care: a pin, an invoice (made, paid by the client, voided), a
 * transfer received, a notice that came with no such change (a reminder, a violation recorded).
 */
export const ZLiveEventKind = z.enum(['pin', 'invoice', 'transfer', 'notice'])
export type TLiveEventKind = z.infer<typeof ZLiveEventKind>

/**
 * One `change` event of the live-updates stream: only what changed, never the record itself, so
 * the screen asks again as the caller. `account` is the client's account number when there is one.
 */
export const ZLiveEvent = z.object({ kind: ZLiveEventKind, account: z.nullable(z.string()) })
export type TLiveEvent = z.infer<typeof ZLiveEvent>

/** A one-use ticket that opens `GET /v1/events?ticket=…` within a minute (EventSource sends no headers). */
export const ZStreamTicket = z.object({ ticket: z.string(), path: z.string(), expiresAt: ZTimestamp })
export type TStreamTicket = z.infer<typeof ZStreamTicket>
