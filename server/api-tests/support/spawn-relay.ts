import { type ChildProcess, spawn } from 'node:child_process'
import { connect, createServer, type Socket } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

/** A port nobody listens on right now. */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
    probe.once('error', reject)
  })

type Log = { msg: string; [key: string]: unknown }

/**
 * The relay as an operator starts it (`node --import tsx server/main.ts`, what `npm start` runs), in
 * a process group of its own so a test can signal the group the way systemd does.
 */
export const spawnRelay = async (env: Record<string, string>) => {
  const port = await freePort()
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    detached: true,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, HOST: '127.0.0.1', PORT: String(port), DEMO: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const logs: Log[] = []
  const waiters: { test: (log: Log) => boolean; resolve: (log: Log) => void }[] = []
  let stderr = ''
  let buffered = ''
  child.stdout!.on('data', (chunk: Buffer) => {
    buffered += chunk.toString()
    const lines = buffered.split('\n')
    buffered = lines.pop()!
    for (const line of lines.filter(Boolean)) {
      const log = JSON.parse(line) as Log
      logs.push(log)
      for (const waiter of waiters.filter((w) => w.test(log))) waiter.resolve(log)
    }
  })
  child.stderr!.on('data', (chunk: Buffer) => void (stderr += chunk.toString()))
  const exited = new Promise<{ code: number | null; at: number }>((resolve) => child.once('exit', (code) => resolve({ code, at: Date.now() })))

  /** The first log line whose message starts with `prefix`, logged already or still to come. */
  const logged = (prefix: string, timeoutMs = 60_000) => {
    const test = (log: Log) => log.msg.startsWith(prefix)
    const seen = logs.find(test)
    if (seen) return Promise.resolve(seen)
    return new Promise<Log>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no log "${prefix}" within ${timeoutMs} ms; stderr: ${stderr}`)), timeoutMs)
      waiters.push({
        test,
        resolve: (log) => {
          clearTimeout(timer)
          resolve(log)
        },
      })
      void exited.then(({ code }) => reject(new Error(`relay exited with ${code} before "${prefix}"; stderr: ${stderr}`)))
    })
  }

  await logged('relay listening')
  return {
    port,
    base: `http://127.0.0.1:${port}`,
    logs,
    logged,
    exited,
    /** Sends a signal to the relay's whole process group. */
    signal: (signal: NodeJS.Signals) => process.kill(-child.pid!, signal),
    kill: () => {
      if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL')
    },
  }
}

export type RawAnswer = { status: number; headers: string; body: string }

/**
 * One HTTP/1.1 request on its own socket, written in two parts: the head with `Expect: 100-continue`
 * (the server's "100 Continue" proves it holds the request), then the body, all but `heldBack`
 * bytes of it. `finish()` sends the rest. The answer is read until the server closes the socket.
 */
export const rawRequest = ({
  port,
  method,
  path: target,
  headers,
  body = '',
  heldBack = 0,
}: {
  port: number
  method: string
  path: string
  headers: Record<string, string>
  body?: string
  heldBack?: number
}) => {
  const socket: Socket = connect(port, '127.0.0.1')
  const bytes = Buffer.from(body)
  let received = ''
  let onContinue: () => void
  const continued = new Promise<void>((resolve) => (onContinue = resolve))
  socket.on('data', (chunk) => {
    received += chunk.toString()
    if (received.startsWith('HTTP/1.1 100')) onContinue()
  })
  const answer = new Promise<RawAnswer>((resolve, reject) => {
    socket.once('error', reject)
    socket.once('close', () => {
      const final = received.replace(/^HTTP\/1\.1 100 Continue\r\n\r\n/, '')
      const [head, ...rest] = final.split('\r\n\r\n')
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0)
      resolve({ status, headers: head, body: rest.join('\r\n\r\n') })
    })
  })
  const lines = [`${method} ${target} HTTP/1.1`, 'Host: 127.0.0.1', ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)]
  if (bytes.length > 0) lines.push(`Content-Length: ${bytes.length}`, 'Expect: 100-continue')
  socket.write(`${lines.join('\r\n')}\r\n\r\n`)
  void continued.then(() => socket.write(bytes.subarray(0, bytes.length - heldBack)))
  return {
    continued,
    answer,
    finish: () => socket.write(bytes.subarray(bytes.length - heldBack)),
  }
}

/** Resolves to the error code of a connection attempt, or 'connected'. */
export const tryConnect = (port: number) =>
  new Promise<string>((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve('connected')
    })
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message))
  })
