import { createHash } from 'node:crypto'
import { existsSync, realpathSync } from 'node:fs'
import { unlink } from 'node:fs/promises'
import net from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** Another process (a relay, or the admin CLI) holds the data directory. */
export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number | undefined,
  ) {
    super(`${dataDir} is in use by ${ownerPid ? `process ${ownerPid}` : 'another process'}: PGlite allows one process per data directory`)
    this.name = 'DataDirInUseError'
  }
}

export type DataDirLock = { release: () => Promise<void> }

const keyOf = (dataDir: string) => {
  const resolved = existsSync(dataDir) ? realpathSync(dataDir) : path.resolve(dataDir)
  return createHash('sha256').update(resolved).digest('hex').slice(0, 32)
}

/**
 * The lock is a listening local socket named after the directory, not a file in it: the kernel
 * frees it when its process dies however it dies (no stale lock after `kill -9`), and PGlite's
 * backup tarball cannot hold a socket. Linux uses the abstract namespace (no file, and visible
 * across a service's private /tmp); elsewhere a socket file in the temp directory or a pipe.
 */
const addressOf = (dataDir: string) => {
  const key = keyOf(dataDir)
  if (process.platform === 'linux') return `\0partner-relay-${key}`
  if (process.platform === 'win32') return `\\\\.\\pipe\\partner-relay-${key}`
  return path.join(tmpdir(), `partner-relay-${key}.sock`)
}

const listen = (address: string) =>
  new Promise<net.Server>((resolve, reject) => {
    const server = net.createServer((socket) => {
      // A prober that hangs up first must never take the holder (a relay) down with EPIPE.
      socket.on('error', () => {})
      socket.end(JSON.stringify({ pid: process.pid }))
    })
    server.once('error', reject)
    server.listen(address, () => {
      server.off('error', reject)
      resolve(server.unref())
    })
  })

/**
 * Asks the holder who it is; `null` when nobody listens (a socket file left by a dead process). A
 * holder that accepts but is too busy to answer in time is alive all the same.
 */
const askOwner = (address: string) =>
  new Promise<{ pid?: number } | null>((resolve) => {
    let answer = ''
    let isConnected = false
    const socket = net.connect(address, () => (isConnected = true))
    socket.setTimeout(2000, () => socket.destroy())
    socket.on('data', (chunk) => (answer += chunk))
    socket.on('error', () => {})
    socket.on('close', () => {
      if (!isConnected) return resolve(null)
      try {
        resolve(JSON.parse(answer) as { pid?: number })
      } catch {
        resolve({})
      }
    })
  })

/**
 * Makes this process the only one using a PGlite data directory until `release()`. PGlite itself
 * lets a second process open a directory in use, and two PostgreSQL backends writing one
 * directory corrupt it.
 * @throws DataDirInUseError when a live process holds it.
 */
export const lockDataDir = async (dataDir: string): Promise<DataDirLock> => {
  const address = addressOf(dataDir)
  let server: net.Server
  try {
    server = await listen(address)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error
    const owner = await askOwner(address)
    if (owner) throw new DataDirInUseError(dataDir, owner.pid)
    await unlink(address).catch(() => {})
    // Another process may have taken it in the meantime.
    server = await listen(address).catch((again: NodeJS.ErrnoException) => {
      throw again.code === 'EADDRINUSE' ? new DataDirInUseError(dataDir, undefined) : again
    })
  }
  return { release: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

/** Who holds the directory, without taking it: `null` when nobody does. */
export const dataDirOwner = async (dataDir: string): Promise<{ pid?: number } | null> => askOwner(addressOf(dataDir))
