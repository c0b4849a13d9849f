import type { RelayTransport } from '../../shared/src/client/transport'
import type { B24AuthData, B24FrameLike } from './b24-frame'

/** Refresh a little before expiry so a token never dies on its way to the relay. */
const MARGIN_SECONDS = 60

const portalHost = (domain: string) => domain.replace(/^https?:\/\//, '').replace(/\/.*$/, '')

/**
 * The frame's identity for the relay: `Authorization: Bitrix24 <AUTH_ID>`, the member id and the
 * portal host. The relay checks the token against the portal it linked for that member id.
 */
export const b24Transport = (b24: B24FrameLike, now: () => number = Date.now): RelayTransport => ({
  headers: async () => {
    let auth: false | B24AuthData = b24.auth.getAuthData()
    if (!auth || auth.expires - MARGIN_SECONDS <= now() / 1000) auth = await b24.auth.refreshAuth()
    return {
      Authorization: `Bitrix24 ${auth.access_token}`,
      'X-B24-Member-Id': auth.member_id,
      'X-B24-Domain': portalHost(auth.domain),
    }
  },
})
