import { EventEmitter } from 'node:events'
import { sql } from 'kysely'
import pg from 'pg'
import type { Logger } from 'pino'
import type { TLiveEventKind } from '../../../shared/src/contract'
import type { Db } from './db'

/**
 * A change as the relays pass it on: what changed, and whose it is (null: no partner's, staff only).
 * `installation` is for the relays alone (a revoked or re-linked CRM account, `crm:account`): each
 * drops it from its cache; screens never see it.
 */
export type LiveEvent = { kind: TLiveEventKind | 'installation'; account: string | null; partnerId: string | null }
type Listener = (event: LiveEvent) => void

/**
 * Carries committed changes to every open stream of every relay. Publish only after the
 * transaction committed: a listener then asks again and must find the change there.
 */
export type LiveBus = {
  publish: (event: LiveEvent) => void
  subscribe: (listener: Listener) => () => void
  close: () => Promise<void>
}

const CHANNEL = 'relay_events'

const localEmitter = () => {
  const emitter = new EventEmitter()
  // Every open stream listens: hundreds are expected, not a leak.
  emitter.setMaxListeners(0)
  return {
    emit: (event: LiveEvent) => void emitter.emit('event', event),
    subscribe: (listener: Listener) => {
      emitter.on('event', listener)
      return () => void emitter.off('event', listener)
    },
  }
}

/** PGlite: one process holds the database, so an in-process emitter reaches every stream. */
export const inProcessBus = (): LiveBus => {
  const local = localEmitter()
  return { publish: local.emit, subscribe: local.subscribe, close: async () => undefined }
}

/**
 * PostgreSQL: `NOTIFY` through the pool, `LISTEN` on a connection of its own (a pooled one would be
 * handed to other statements), so a relay behind a load balancer passes on what another relay
 * wrote. A lost listening connection is opened again after a second; changes sent meanwhile are
 * missed, and the screens catch up on their next change or reload.
 */
export const postgresBus = async ({ db, databaseUrl, logger }: { db: Db; databaseUrl: string; logger: Logger }): Promise<LiveBus> => {
  const local = localEmitter()
  let client: pg.Client | null = null
  let isClosed = false
  let retry: ReturnType<typeof setTimeout> | undefined
  const listen = async () => {
    const next = new pg.Client({ connectionString: databaseUrl })
    next.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return
      try {
        local.emit(JSON.parse(message.payload) as LiveEvent)
      } catch (error) {
        logger.warn({ err: error }, 'live updates: an unreadable notification was dropped')
      }
    })
    next.on('error', (error) => {
      logger.warn({ err: error }, 'live updates: the listening connection failed; opening another')
      client = null
      void next.end().catch(() => undefined)
      if (!isClosed) retry = setTimeout(() => void listen().catch(() => undefined), 1000)
    })
    await next.connect()
    await next.query(`listen ${CHANNEL}`)
    client = next
  }
  await listen()
  return {
    publish: (event) => {
      sql`select pg_notify(${CHANNEL}, ${JSON.stringify(event)})`
        .execute(db)
        .catch((error) => logger.warn({ err: error }, 'live updates: a change was not passed on'))
    },
    subscribe: local.subscribe,
    close: async () => {
      isClosed = true
      clearTimeout(retry)
      await client?.end().catch(() => undefined)
    },
  }
}
