/** A CRM or OAuth server answers a token request in well under this; past it the call is given up. */
export const OUTBOUND_TIMEOUT_MS = 10_000
/** Token and account answers are a few hundred bytes; anything far larger is not one. */
const MAX_ANSWER_BYTES = 64 * 1024

export type OutboundRequest = {
  url: string
  method: 'GET' | 'POST' | 'PATCH'
  /** Sent as JSON. */
  json?: unknown
  bearer?: string
  timeoutMs?: number
}

/** The answer, or why there is none: a network failure or timeout is never the caller's fault. */
export type OutboundAnswer =
  | { kind: 'answered'; status: number; body: Record<string, unknown> | null }
  | { kind: 'failed'; reason: 'timeout' | 'unreachable' | 'redirected' | 'too-large' }

/**
 * Every call the relay makes to a CRM's OAuth server or API (issue 12) goes through here: node's
 * fetch with one deadline, redirects never followed (they would carry a code or token to a host
 * nobody checked), the answer capped in size and read as JSON. Nothing here logs: the request
 * holds secrets.
 */
export const outbound = async ({ url, method, json, bearer, timeoutMs = OUTBOUND_TIMEOUT_MS }: OutboundRequest): Promise<OutboundAnswer> => {
  const headers: Record<string, string> = { accept: 'application/json' }
  if (json !== undefined) headers['content-type'] = 'application/json'
  if (bearer) headers.authorization = `Bearer ${bearer}`
  try {
    const response = await fetch(url, {
      method,
      headers,
      body: json !== undefined ? JSON.stringify(json) : undefined,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    })
    if (response.status >= 300 && response.status < 400) return { kind: 'failed', reason: 'redirected' }
    const text = await response.text()
    if (Buffer.byteLength(text) > MAX_ANSWER_BYTES) return { kind: 'failed', reason: 'too-large' }
    return { kind: 'answered', status: response.status, body: parseObject(text) }
  } catch (error) {
    const name = (error as { name?: string }).name
    return { kind: 'failed', reason: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'unreachable' }
  }
}

const parseObject = (text: string): Record<string, unknown> | null => {
  try {
    const value: unknown = JSON.parse(text)
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null
  } catch {
    return null
  }
}
