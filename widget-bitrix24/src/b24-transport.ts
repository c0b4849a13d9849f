import axios, { type AxiosAdapter, type InternalAxiosRequestConfig, isAxiosError } from 'axios'
import type { RelayTransport } from '../../shared/src/client/transport'
import type { B24AuthData, B24FrameLike } from './b24-frame'

/** Refresh a little before expiry so a token never dies on its way to the relay. */
const MARGIN_SECONDS = 60

const portalHost = (domain: string) => domain.replace(/^https?:\/\//, '').replace(/\/.*$/, '')

const identity = (auth: B24AuthData): Record<string, string> => ({
  Authorization: `Bitrix24 ${auth.access_token}`,
  'X-B24-Member-Id': auth.member_id,
  'X-B24-Domain': portalHost(auth.domain),
  // The relay trusts a verified token no longer than the portal said it lives.
  'X-B24-Auth-Expires': String(Math.floor(auth.expires)),
})

/** axios's own HTTP adapter for this environment (XHR in the frame). */
const send: AxiosAdapter = (config) => axios.getAdapter(axios.defaults.adapter, config)(config)

/**
 * The frame's identity for the relay: `Authorization: Bitrix24 <AUTH_ID>`, the member id and the
 * portal host. The relay checks the token against the portal it linked for that member id.
 *
 * The portal may stop accepting a token before its stated expiry (a page left open, a token revoked).
 * The relay then answers 401, and the request is sent once more with a token fresh from the parent
 * frame; its Idempotency-Key goes with it unchanged, so a retried write is still one attempt.
 */
export const b24Transport = (b24: B24FrameLike, now: () => number = Date.now): RelayTransport => {
  // A card opens several requests at once; when they all fail, one refresh serves them all.
  let refreshing: Promise<B24AuthData> | null = null
  const refresh = () =>
    (refreshing ??= b24.auth.refreshAuth().finally(() => {
      refreshing = null
    }))
  const isFresh = (auth: false | B24AuthData): auth is B24AuthData => !!auth && auth.expires - MARGIN_SECONDS > now() / 1000

  /** A token other than the refused one: the SDK's own REST calls may have refreshed it meanwhile. */
  const renewed = async (refused: unknown): Promise<B24AuthData> => {
    const current = b24.auth.getAuthData()
    if (isFresh(current) && identity(current).Authorization !== refused) return current
    return refresh()
  }

  return {
    headers: async () => {
      const current = b24.auth.getAuthData()
      return identity(isFresh(current) ? current : await refresh())
    },
    adapter: async (config: InternalAxiosRequestConfig) => {
      try {
        return await send(config)
      } catch (error) {
        if (!isAxiosError(error) || error.response?.status !== 401) throw error
        // Without a new token the relay's own answer says best what went wrong.
        const auth = await renewed(config.headers.get('Authorization')).catch(() => null)
        if (!auth) throw error
        config.headers.set(identity(auth))
        return send(config)
      }
    },
  }
}
