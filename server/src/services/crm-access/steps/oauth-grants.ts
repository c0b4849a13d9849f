import { type OutboundAnswer, outbound } from './outbound'

/** Fresh tokens from an OAuth server; Bitrix24's also names the portal (`member_id`, its REST `client_endpoint`). */
export type Grant = { accessToken: string; refreshToken: string; expiresAt: Date; memberId?: string; portalHost?: string }

/**
 * What a token request came to: tokens; a refusal (the code or refresh token is spent, revoked or
 * not this integration's: access must be granted again); or no answer worth acting on (down, 5xx,
 * 429, nonsense) — try again later, the stored tokens stay.
 */
export type GrantOutcome = { kind: 'granted'; grant: Grant } | { kind: 'refused'; problem: string } | { kind: 'unavailable'; reason: string }

export type AmocrmClient = { clientId: string; clientSecret: string; redirectUri: string }
export type Bitrix24Client = { oauthUrl: string; id: string; secret: string }

const token = (value: unknown) => (typeof value === 'string' && value.length > 0 && value.length <= 4096 ? value : null)
const word = (value: unknown) => (typeof value === 'string' && /^[A-Za-z0-9_.-]{1,64}$/.test(value) ? value : null)

const hostOf = (url: unknown) => {
  if (typeof url !== 'string') return undefined
  try {
    return new URL(url).host
  } catch {
    return undefined
  }
}

/** Reads a token answer; the OAuth error code (never its description, which may echo input) names a refusal. */
const toOutcome = (answer: OutboundAnswer, now: Date): GrantOutcome => {
  if (answer.kind === 'failed') return { kind: 'unavailable', reason: answer.reason }
  const { status, body } = answer
  if (status === 429 || status >= 500) return { kind: 'unavailable', reason: `HTTP ${status}` }
  // A wrong client id or secret is the relay's setting, not the installation's grant: keep its tokens.
  if (body?.error === 'invalid_client') return { kind: 'unavailable', reason: 'invalid_client: check the OAuth client id and secret in the settings' }
  if (status >= 400) return { kind: 'refused', problem: word(body?.error) ?? word(body?.hint) ?? `HTTP ${status}` }
  const accessToken = token(body?.access_token)
  const refreshToken = token(body?.refresh_token)
  const expiresIn = Number(body?.expires_in)
  if (status !== 200 || !accessToken || !refreshToken || !Number.isFinite(expiresIn) || expiresIn <= 0)
    return { kind: 'unavailable', reason: 'unexpected answer' }
  const extra = { memberId: word(body?.member_id) ?? undefined, portalHost: hostOf(body?.client_endpoint) }
  return { kind: 'granted', grant: { accessToken, refreshToken, expiresAt: new Date(now.getTime() + Math.min(expiresIn, 31_536_000) * 1000), ...extra } }
}

/** amoCRM: the code of the consent redirect for an access token (24 h) and a refresh token (3 months). */
export const exchangeAmocrmCode = async (client: AmocrmClient, host: string, code: string, now: Date) =>
  toOutcome(
    await outbound({ url: `https://${host}/oauth2/access_token`, method: 'POST', json: { ...amocrmIdentity(client), grant_type: 'authorization_code', code } }),
    now,
  )

/** amoCRM: a refresh token for a new pair; the old refresh token stops working. */
export const refreshAmocrm = async (client: AmocrmClient, host: string, refreshToken: string, now: Date) =>
  toOutcome(
    await outbound({
      url: `https://${host}/oauth2/access_token`,
      method: 'POST',
      json: { ...amocrmIdentity(client), grant_type: 'refresh_token', refresh_token: refreshToken },
    }),
    now,
  )

const amocrmIdentity = (client: AmocrmClient) => ({ client_id: client.clientId, client_secret: client.clientSecret, redirect_uri: client.redirectUri })

/** Bitrix24: a refresh through its OAuth server (B24_OAUTH_URL); the answer names the portal's member_id. */
export const refreshBitrix24 = async (client: Bitrix24Client, refreshToken: string, now: Date) => {
  const url = new URL('/oauth/token/', client.oauthUrl)
  url.search = new URLSearchParams({ grant_type: 'refresh_token', client_id: client.id, client_secret: client.secret, refresh_token: refreshToken }).toString()
  return toOutcome(await outbound({ url: url.toString(), method: 'GET' }), now)
}

/** The amoCRM account a token opens: `GET /api/v4/account` answers its id. */
export const amocrmAccountId = async (host: string, accessToken: string): Promise<string | null> => {
  const answer = await outbound({ url: `https://${host}/api/v4/account`, method: 'GET', bearer: accessToken })
  const id = answer.kind === 'answered' && answer.status === 200 ? answer.body?.id : null
  return typeof id === 'number' || (typeof id === 'string' && /^\d+$/.test(id)) ? String(id) : null
}
