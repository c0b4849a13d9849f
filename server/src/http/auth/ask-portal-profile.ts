import http from 'node:http'
import https from 'node:https'
import type { LookupFunction } from 'node:net'
import type { PortalTarget } from './check-portal-host'

export type PortalAnswer =
  | { kind: 'user'; userId: string }
  /** The portal refused the token itself (401): the frame should refresh its auth. */
  | { kind: 'rejected'; error: string }
  /** The portal sent the relay elsewhere: the relay never follows, the frame named the wrong host. */
  | { kind: 'redirected'; status: number }
  /** The portal could not be asked, or answered something else: not the caller's fault. */
  | { kind: 'failed'; reason: string }

type Request = { target: PortalTarget; protocol: 'http' | 'https'; authId: string; timeoutMs: number }

/** A portal's `profile` answer is a few hundred bytes; anything far larger is not a portal. */
const MAX_ANSWER_BYTES = 64 * 1024

type Raw = { status: number; body: Buffer } | { failed: string }

/** Connects to the checked address only: the name is kept for the Host header and TLS. */
const pinnedLookup =
  (address: string, family: 4 | 6): LookupFunction =>
  (_hostname, options, callback) => {
    if (options.all) (callback as (error: null, addresses: { address: string; family: number }[]) => void)(null, [{ address, family }])
    else callback(null, address, family)
  }

const post = ({ target, protocol, authId, timeoutMs }: Request): Promise<Raw> =>
  new Promise((resolve) => {
    const payload = JSON.stringify({ auth: authId })
    const client = protocol === 'https' ? https : http
    const request = client.request(
      {
        protocol: `${protocol}:`,
        hostname: target.hostname,
        port: target.port,
        path: '/rest/profile',
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', 'content-length': Buffer.byteLength(payload) },
        ...(target.address && target.family ? { lookup: pinnedLookup(target.address, target.family) } : {}),
        // One deadline for connect, answer and body together.
        signal: AbortSignal.timeout(timeoutMs),
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = []
        let size = 0
        response.on('data', (chunk: Buffer) => {
          size += chunk.length
          if (size > MAX_ANSWER_BYTES) {
            request.destroy()
            resolve({ failed: 'answer too large' })
          } else chunks.push(chunk)
        })
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks) }))
        response.on('error', () => resolve({ failed: 'unreachable' }))
      },
    )
    request.on('error', (error) => resolve({ failed: error.name === 'AbortError' || error.name === 'TimeoutError' ? 'timeout' : 'unreachable' }))
    request.end(payload)
  })

const readJson = (body: Buffer): Record<string, unknown> | null => {
  try {
    const value: unknown = JSON.parse(body.toString('utf8'))
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : null
  } catch {
    return null
  }
}

const userIdOf = (body: Record<string, unknown> | null): string | null => {
  const result = body?.result as { ID?: unknown } | undefined
  const id = result?.ID
  return (typeof id === 'string' && id !== '') || typeof id === 'number' ? String(id) : null
}

/**
 * Calls the portal's `profile` method with the caller's AUTH_ID, as the frame SDK itself would, at
 * the address `checkPortalHost` approved. Redirects are never followed (they would carry the token
 * to a host nobody checked); the answer is capped in size and time.
 */
export const askPortalProfile = async (request: Request): Promise<PortalAnswer> => {
  const raw = await post(request)
  if ('failed' in raw) return { kind: 'failed', reason: raw.failed }
  const body = readJson(raw.body)
  if (raw.status >= 300 && raw.status < 400) return { kind: 'redirected', status: raw.status }
  if (raw.status === 401) {
    return { kind: 'rejected', error: typeof body?.error === 'string' ? body.error : 'unauthorized' }
  }
  if (raw.status < 200 || raw.status >= 300) {
    const error = typeof body?.error === 'string' ? ` ${body.error}` : ''
    return { kind: 'failed', reason: `HTTP ${raw.status}${error}` }
  }
  const userId = userIdOf(body)
  return userId ? { kind: 'user', userId } : { kind: 'failed', reason: 'unexpected answer' }
}
