import { createServer, get, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import pino from 'pino'
import { afterEach, expect, test, vi } from 'vitest'
import { stopOnSignals } from './stop-on-signals'

let server: Server
afterEach(() => server?.closeAllConnections())

/** A server whose `/slow` answers when the test says so, and `/hang` never. */
const start = async () => {
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  const received: string[] = []
  server = createServer((req, res) => {
    received.push(req.url!)
    if (req.url === '/slow') void released.then(() => res.end('done'))
    else if (req.url !== '/hang') res.end('ok')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const fetchText = (path: string) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      get({ port, host: '127.0.0.1', path }, (res) => {
        let text = ''
        res.on('data', (chunk) => void (text += chunk)).on('end', () => resolve({ status: res.statusCode!, text }))
      }).once('error', reject)
    })
  return { release, fetchText, received }
}

const relay = () => ({ beginStop: vi.fn(), close: vi.fn(async () => {}) })
const silent = pino({ level: 'silent' })

test('a request in flight is answered before the database closes, and the stop exits 0', async () => {
  const { release, fetchText, received } = await start()
  const exit = vi.fn()
  const fake = relay()
  const { stop } = stopOnSignals({ server, relay: fake, logger: silent, timeoutMs: 5_000, exit, signals: [] })
  const slow = fetchText('/slow')
  await vi.waitFor(() => expect(received).toEqual(['/slow']))
  const stopped = stop('SIGTERM')
  expect(fake.beginStop).toHaveBeenCalled()
  expect(fake.close).not.toHaveBeenCalled()
  release()
  expect(await slow).toEqual({ status: 200, text: 'done' })
  await stopped
  expect(fake.close).toHaveBeenCalledOnce()
  expect(exit).toHaveBeenCalledExactlyOnceWith(0)
})

test('past the timeout what is left is cut and the stop exits 1', async () => {
  const { fetchText, received } = await start()
  const exit = vi.fn()
  const { stop } = stopOnSignals({ server, relay: relay(), logger: silent, timeoutMs: 200, exit, signals: [] })
  const hanging = fetchText('/hang').catch((error: NodeJS.ErrnoException) => error.code)
  await vi.waitFor(() => expect(received).toEqual(['/hang']))
  await stop('SIGTERM')
  expect(await hanging).toBe('ECONNRESET')
  expect(exit).toHaveBeenCalledExactlyOnceWith(1)
})
