import { HttpResponse, http } from 'msw'

type Token = { userId: number; isAdmin: boolean } | 'expired'
export type PortalCall = { method: string; auth: string | undefined; params?: Record<string, unknown> }

/** The CRM methods the relay writes with (issue 12): each answers as the portal does. */
const WRITES: Record<string, (id: number) => unknown> = {
  'crm.activity.todo.add': (id) => ({ id }),
  'crm.activity.update': () => true,
  'crm.timeline.comment.add': (id) => id,
}

const TIME = {
  start: 1777539600,
  finish: 1777539600.01,
  duration: 0.01,
  processing: 0,
  date_start: '2026-04-30T12:00:00+03:00',
  date_finish: '2026-04-30T12:00:00+03:00',
}

const rejected = (error: string, description: string) => HttpResponse.json({ error, error_description: description }, { status: 401 })

/**
 * One Bitrix24 portal's REST endpoint (`POST <origin>/rest/<method>`), answering like a real portal:
 * `profile` for the tokens it issued, 401 `expired_token` / `NO_AUTH_FOUND` otherwise,
 * 503 `QUERY_LIMIT_EXCEEDED` while overloaded. Every call is recorded.
 */
export const createBitrix24Portal = (options: {
  domain: string
  protocol?: 'https' | 'http'
  /** The app's server-side tokens from the OAuth server: they open the CRM write methods while unexpired. */
  isAppToken?: (auth: string | undefined) => boolean
}) => {
  const { domain, protocol = 'https', isAppToken = () => false } = options
  let nextId = 701
  const tokens = new Map<string, Token>()
  const calls: PortalCall[] = []
  let isOverloaded = false

  const handlers = [
    http.post(`${protocol}://${domain}/rest/:method`, async ({ request, params }) => {
      const body = (await request.json().catch(() => ({}))) as { auth?: string } & Record<string, unknown>
      const method = String(params.method).replace(/\.json$/, '')
      const { auth, ...rest } = body
      calls.push({ method, auth: body.auth, ...(WRITES[method] ? { params: rest } : {}) })
      if (isOverloaded) return HttpResponse.json({ error: 'QUERY_LIMIT_EXCEEDED', error_description: 'Too many requests' }, { status: 503 })
      const write = WRITES[method]
      if (write) {
        if (!isAppToken(auth)) return rejected('expired_token', 'The access token provided has expired.')
        return HttpResponse.json({ result: write(nextId++), time: TIME })
      }
      const token = body.auth === undefined ? undefined : tokens.get(body.auth)
      if (token === 'expired') return rejected('expired_token', 'The access token provided has expired.')
      if (!token) return rejected('NO_AUTH_FOUND', 'Wrong authorization data')
      if (method !== 'profile') return HttpResponse.json({ error: 'ERROR_METHOD_NOT_FOUND', error_description: 'Method not found!' }, { status: 404 })
      const result = { ID: String(token.userId), ADMIN: token.isAdmin, NAME: 'Test', LAST_NAME: 'User', PERSONAL_GENDER: '', TIME_ZONE: '' }
      return HttpResponse.json({ result, time: TIME })
    }),
  ]

  return {
    domain,
    handlers,
    calls,
    issueToken: (authId: string, userId: number, isAdmin = false) => void tokens.set(authId, { userId, isAdmin }),
    expireToken: (authId: string) => void tokens.set(authId, 'expired'),
    setOverloaded: (value: boolean) => {
      isOverloaded = value
    },
    /** Forgets tokens and calls: for `afterEach`. */
    reset: () => {
      tokens.clear()
      calls.length = 0
      isOverloaded = false
    },
  }
}

export type Bitrix24Portal = ReturnType<typeof createBitrix24Portal>
