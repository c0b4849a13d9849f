import type { Server, ServerResponse } from 'node:http'

/**
 * Follows the requests a server is answering, so a stop can wait for exactly those. Once draining,
 * every answer closes its connection and a keep-alive connection with nothing to answer is closed
 * at once: an idle socket never holds a stop open, a busy one is never cut.
 */
export const trackRequests = (server: Server) => {
  const open = new Set<ServerResponse>()
  let isDraining = false
  // Before the app's own listener, so even an answer sent synchronously carries the header.
  server.prependListener('request', (_req, res) => {
    open.add(res)
    if (isDraining) res.setHeader('Connection', 'close')
    res.once('close', () => {
      open.delete(res)
      // An answer sent before the drain kept its connection alive: close it once it is idle.
      if (isDraining) setImmediate(() => server.closeIdleConnections())
    })
  })
  return {
    inFlight: () => open.size,
    /** Stops accepting connections; resolves once every connection has closed. */
    drain: () =>
      new Promise<void>((resolve) => {
        isDraining = true
        for (const res of open) if (!res.headersSent) res.setHeader('Connection', 'close')
        // close() also closes the keep-alive connections that wait for no answer (Node ≥ 19).
        server.close(() => resolve())
      }),
    /** Cuts every connection still open: the last resort when the stop runs out of time. */
    cut: () => server.closeAllConnections(),
  }
}
