import { randomBytes } from 'node:crypto'

/** One call the fake OAuth server got: what was asked and what it answered (never the secrets). */
export type OAuthCall = { grantType: string; status: number; error?: string }

type Answer = { status: number; body: Record<string, unknown> }
type Options = {
  clientId: string
  clientSecret: string
  /** Access-token life: amoCRM 24 h, Bitrix24 1 h. */
  accessTtlS: number
  /** What the answer adds for an account: Bitrix24 names the portal (`member_id`, `domain`). */
  extra?: (account: string) => Record<string, unknown>
  now?: () => number
}

const token = () => randomBytes(24).toString('hex')

/**
 * The OAuth server of a CRM as the harnesses play it (amoCRM's `/oauth2/access_token`, Bitrix24's
 * `oauth.bitrix.info`): codes work once, every refresh rotates the pair and a refresh token used
 * twice is refused with `invalid_grant`, access tokens expire, and it can be made to answer 5xx.
 * Every call is recorded.
 */
export const createFakeOAuthServer = ({ clientId, clientSecret, accessTtlS, extra = () => ({}), now = Date.now }: Options) => {
  const codes = new Map<string, string>()
  const refreshTokens = new Map<string, { account: string; isUsed: boolean }>()
  const accessTokens = new Map<string, { account: string; expiresAt: number }>()
  const calls: OAuthCall[] = []
  /** Every code and token handed out, so a test can look for them where they must never be. */
  const issued: string[] = []
  const failures: number[] = []
  let delayMs = 0

  const issuePair = (account: string) => {
    const access = token()
    const refresh = token()
    issued.push(access, refresh)
    accessTokens.set(access, { account, expiresAt: now() + accessTtlS * 1000 })
    refreshTokens.set(refresh, { account, isUsed: false })
    return { token_type: 'Bearer', expires_in: accessTtlS, access_token: access, refresh_token: refresh, ...extra(account) }
  }
  const refuse = (error: string, status = 400): Answer => ({ status, body: { error, error_description: 'The grant is invalid' } })

  const grant = (params: Record<string, unknown>): Answer => {
    if (params.client_id !== clientId || params.client_secret !== clientSecret) return refuse('invalid_client', 401)
    if (params.grant_type === 'authorization_code') {
      const account = codes.get(String(params.code))
      if (!account) return refuse('invalid_grant')
      codes.delete(String(params.code))
      return { status: 200, body: issuePair(account) }
    }
    if (params.grant_type === 'refresh_token') {
      const found = refreshTokens.get(String(params.refresh_token))
      if (!found || found.isUsed) return refuse('invalid_grant')
      found.isUsed = true
      return { status: 200, body: issuePair(found.account) }
    }
    return refuse('unsupported_grant_type')
  }

  return {
    calls,
    issued,
    /** A consent code for an account, as amoCRM's redirect carries it. */
    issueCode: (account: string) => {
      const code = token()
      issued.push(code)
      codes.set(code, account)
      return code
    },
    /** A pair as a CRM hands it to the app frame (Bitrix24's AUTH_ID and REFRESH_ID). */
    issuePair: (account: string) => {
      const pair = issuePair(account)
      return { accessToken: pair.access_token, refreshToken: pair.refresh_token }
    },
    /** Answers a token request. */
    handle: async (params: Record<string, unknown>): Promise<Answer> => {
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs))
      const failure = failures.shift()
      const answer = failure ? { status: failure, body: { error: 'server_error' } } : grant(params)
      calls.push({
        grantType: String(params.grant_type),
        status: answer.status,
        ...(typeof answer.body.error === 'string' ? { error: answer.body.error } : {}),
      })
      return answer
    },
    /** The account an access token opens, while it is unexpired. */
    accountOf: (accessToken: string | undefined) => {
      const found = accessToken ? accessTokens.get(accessToken) : undefined
      return found && found.expiresAt > now() ? found.account : null
    },
    /** Every token of an account stops working: the app was uninstalled. */
    revokeAccount: (account: string) => {
      for (const each of refreshTokens.values()) if (each.account === account) each.isUsed = true
      for (const [key, each] of accessTokens) if (each.account === account) accessTokens.delete(key)
    },
    /** The next requests answer these statuses (503: the server is down). */
    failNext: (...statuses: number[]) => void failures.push(...statuses),
    /** Each answer waits this long: lets concurrent refreshes overlap. */
    setDelay: (ms: number) => void (delayMs = ms),
    reset: () => {
      codes.clear()
      refreshTokens.clear()
      accessTokens.clear()
      calls.length = 0
      issued.length = 0
      failures.length = 0
      delayMs = 0
    },
  }
}

export type FakeOAuthServer = ReturnType<typeof createFakeOAuthServer>
