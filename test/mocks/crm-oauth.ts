import { HttpResponse, http } from 'msw'
import { createFakeOAuthServer } from './fake-oauth-server'

/**
 * One amoCRM account's OAuth endpoint and `GET /api/v4/account` (PLATFORMS.md), on the account's
 * own host: access token 24 h, refresh token rotated on every refresh, reuse refused.
 */
export const createAmocrmOAuth = ({ host, accountId, clientId, clientSecret }: { host: string; accountId: string; clientId: string; clientSecret: string }) => {
  const server = createFakeOAuthServer({ clientId, clientSecret, accessTtlS: 86_400 })
  const handlers = [
    http.post(`https://${host}/oauth2/access_token`, async ({ request }) => {
      const { status, body } = await server.handle((await request.json().catch(() => ({}))) as Record<string, unknown>)
      return HttpResponse.json(body, { status })
    }),
    http.get(`https://${host}/api/v4/account`, ({ request }) => {
      const account = server.accountOf(request.headers.get('authorization')?.replace(/^Bearer /, ''))
      if (!account) return HttpResponse.json({ title: 'Unauthorized', status: 401 }, { status: 401 })
      return HttpResponse.json({ id: Number(account), name: 'Партнёр', subdomain: host.split('.')[0] })
    }),
  ]
  return { ...server, host, handlers, code: () => server.issueCode(accountId) }
}

/** Bitrix24's OAuth server (`GET <B24_OAUTH_URL>/oauth/token/`): access token 1 h, rotation, reuse refused. */
export const createBitrix24OAuth = ({ url, domain, clientId, clientSecret }: { url: string; domain: string; clientId: string; clientSecret: string }) => {
  const server = createFakeOAuthServer({
    clientId,
    clientSecret,
    accessTtlS: 3600,
    extra: (memberId) => ({
      member_id: memberId,
      domain: new URL(url).host,
      client_endpoint: `https://${domain}/rest/`,
      server_endpoint: `${url}/rest/`,
      status: 'L',
    }),
  })
  const handlers = [
    http.get(`${url}/oauth/token/`, async ({ request }) => {
      const { status, body } = await server.handle(Object.fromEntries(new URL(request.url).searchParams))
      return HttpResponse.json(body, { status })
    }),
  ]
  return { ...server, handlers }
}
