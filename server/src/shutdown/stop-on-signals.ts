import type { Server } from 'node:http'
import type { Logger } from 'pino'
import { trackRequests } from './track-requests'

type StoppableRelay = { beginStop: () => void; close: () => Promise<void> }

type StopOptions = {
  server: Server
  relay: StoppableRelay
  logger: Logger
  /** The whole stop, from the signal to the closed database (SHUTDOWN_TIMEOUT_S). */
  timeoutMs: number
  exit?: (code: number) => void
  signals?: NodeJS.Signals[]
}

/**
 * A graceful stop on SIGTERM or SIGINT, what systemd and rolling deploys send: readiness answers 503,
 * the listener stops accepting, every request already received is answered, the job step under way
 * finishes, then the database closes and the process exits 0. Past the timeout what is left is cut
 * and the process exits 1; the ledger is safe either way (a cut transaction rolls back). Signals
 * that arrive during the stop are logged and change nothing.
 */
export const stopOnSignals = ({ server, relay, logger, timeoutMs, exit = process.exit, signals = ['SIGTERM', 'SIGINT'] }: StopOptions) => {
  const requests = trackRequests(server)
  let stopping: Promise<void> | undefined

  const stop = async (signal: string) => {
    const startedAt = Date.now()
    relay.beginStop()
    const drained = requests.drain()
    logger.info({ signal, inFlight: requests.inFlight(), timeoutS: timeoutMs / 1000 }, 'stopping: no new connections, answering the requests in flight')
    let isTimedOut = false
    const timer = setTimeout(() => {
      isTimedOut = true
      logger.error({ inFlight: requests.inFlight() }, 'stop timed out: cutting the requests still open')
      requests.cut()
      exit(1)
    }, timeoutMs)
    try {
      await drained
      if (isTimedOut) return
      logger.info({ ms: Date.now() - startedAt }, 'every request answered; closing the database')
      await relay.close()
      if (isTimedOut) return
      logger.info({ ms: Date.now() - startedAt }, 'stopped')
      exit(0)
    } catch (error) {
      logger.error({ err: error }, 'stop failed')
      exit(1)
    } finally {
      clearTimeout(timer)
    }
  }

  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal, inFlight: requests.inFlight() }, 'already stopping: signal ignored')
      return
    }
    stopping = stop(signal)
  }
  for (const signal of signals) process.on(signal, onSignal)
  return { stop: (signal = 'stop') => (stopping ??= stop(signal)) }
}
