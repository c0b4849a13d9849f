import type express from 'express'
import type { Request, Response } from 'express'
import { AppError, EVENTS_PATH, type TLiveEvent } from '../../../shared/src/contract'
import type { StreamScope } from '../services/events/stream-ticket'
import type { LiveBus, LiveEvent } from '../store/live-bus'
import type { Authenticate } from './auth/create-authenticator'
import { apiHeaders } from './security-headers'

export { EVENTS_PATH }

const HEARTBEAT_MS = 25_000

export type EventStreams = {
  bus: Pick<LiveBus, 'subscribe'>
  /** The scope a one-use ticket was issued for; throws unauthenticated when it opens nothing. */
  redeem: (ticket: string) => Promise<StreamScope>
  /** The streams open now: a stopping relay ends each one, so none holds the stop open. */
  open: Set<{ end: () => void }>
  /** False once the relay is stopping: no new stream is opened then. */
  isAccepting: () => boolean
}

/** A partner hears only of its own records; vendor staff of everything. */
const isVisible = (scope: Pick<StreamScope, 'partnerId'>, event: LiveEvent) => scope.partnerId === null || scope.partnerId === event.partnerId

const scopeOf = async (req: Request, res: Response, streams: EventStreams, authenticate: Authenticate): Promise<Pick<StreamScope, 'partnerId'>> => {
  const ticket = req.query.ticket
  if (typeof ticket === 'string') return streams.redeem(ticket)
  // A client that can send headers (fetch) authenticates as on every other route.
  const actor = (res.locals.actor = await authenticate(req, 'crm'))
  return { partnerId: actor.kind === 'partner' ? actor.partnerId : null }
}

/**
 * `GET /v1/events`: Server-Sent Events, one stream per mounted widget. Each `change` event says what
 * changed ({kind, account}) and nothing more; the screen asks again. Authenticated by a one-use
 * ticket (`?ticket=`, from POST /v1/events/tickets, for EventSource) or by the CRM's headers like
 * every route.
 */
export const mountEventStream = (app: express.Express, streams: EventStreams, authenticate: Authenticate) => {
  const { open } = streams
  app.get(EVENTS_PATH, apiHeaders, async (req, res) => {
    const scope = await scopeOf(req, res, streams, authenticate)
    if (!streams.isAccepting()) throw new AppError('unavailable', 'The relay is stopping: open the stream again')
    res.status(200).set({ 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no' })
    res.flushHeaders()
    // A lost stream is opened again by the widget with a new ticket, after the wait it says here.
    res.write('retry: 3000\n: connected\n\n')
    const unsubscribe = streams.bus.subscribe((event) => {
      if (event.kind === 'installation' || !isVisible(scope, event)) return
      const wire: TLiveEvent = { kind: event.kind, account: event.account }
      res.write(`event: change\ndata: ${JSON.stringify(wire)}\n\n`)
    })
    // Proxies close a silent connection: a comment line now and then keeps it open.
    const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS)
    open.add(res)
    res.once('close', () => {
      open.delete(res)
      clearInterval(heartbeat)
      unsubscribe()
    })
  })
}
