export type PortalAnswer =
  | { kind: 'user'; userId: string }
  /** The portal refused the token itself (401): the frame should refresh its auth. */
  | { kind: 'rejected'; error: string }
  /** The portal could not be asked, or answered something else: not the caller's fault. */
  | { kind: 'failed'; reason: string }

type Request = { fetch: typeof fetch; url: string; authId: string; timeoutMs: number }

const readJson = async (response: Response): Promise<Record<string, unknown> | null> => {
  const value: unknown = await response.json().catch(() => null)
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : null
}

const userIdOf = (body: Record<string, unknown> | null): string | null => {
  const result = body?.result as { ID?: unknown } | undefined
  const id = result?.ID
  return (typeof id === 'string' && id !== '') || typeof id === 'number' ? String(id) : null
}

/** Calls the portal's `profile` method with the caller's AUTH_ID, as the frame SDK itself would. */
export const askPortalProfile = async ({ fetch, url, authId, timeoutMs }: Request): Promise<PortalAnswer> => {
  let response: Response
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ auth: authId }),
      // A redirect would send the token to a host nobody stored: refuse it.
      redirect: 'error',
      signal: AbortSignal.timeout(timeoutMs),
    })
  } catch (error) {
    const isTimeout = error instanceof Error && error.name === 'TimeoutError'
    return { kind: 'failed', reason: isTimeout ? 'timeout' : 'unreachable' }
  }
  const body = await readJson(response)
  if (response.status === 401) {
    return { kind: 'rejected', error: typeof body?.error === 'string' ? body.error : 'unauthorized' }
  }
  if (!response.ok) {
    const error = typeof body?.error === 'string' ? ` ${body.error}` : ''
    return { kind: 'failed', reason: `HTTP ${response.status}${error}` }
  }
  const userId = userIdOf(body)
  return userId ? { kind: 'user', userId } : { kind: 'failed', reason: 'unexpected answer' }
}
