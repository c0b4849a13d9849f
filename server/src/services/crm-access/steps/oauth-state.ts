import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto'
import { AppError } from '../../../../../shared/src/contract'
import type { SecretKeys } from './token-box'

/** How long the amoCRM consent window may stay open: amoCRM's own code lives 20 minutes. */
export const STATE_TTL_S = 30 * 60

const macKey = (key: Buffer) => Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'partner-relay amocrm oauth state', 32))
const mac = (key: Buffer, payload: string) => createHmac('sha256', macKey(key)).update(payload).digest('base64url')

const refused = (message: string) => new AppError('forbidden', message, { details: { reason: 'state' } })

/**
 * The `state` the relay hands an installation for amoCRM's consent window:
 * `<installation id>.<expiry, unix s>.<HMAC-SHA256>` under a key derived from RELAY_SECRET_KEY
 * (issue 12). It needs no storage, so any relay behind the balancer checks it; it is short-lived,
 * and it only ever names the installation that asked, whose account the callback's `referer` and
 * the account the token opens must both be.
 */
export const signState = (keys: SecretKeys, installationId: string, now: Date) => {
  const payload = `${installationId}.${Math.floor(now.getTime() / 1000) + STATE_TTL_S}`
  return { state: `${payload}.${mac(keys.current, payload)}`, expiresAt: new Date((Math.floor(now.getTime() / 1000) + STATE_TTL_S) * 1000) }
}

/**
 * @returns the installation id a genuine, unexpired state names.
 * @throws forbidden for a state the relay did not sign, or one past its expiry.
 */
export const verifyState = (keys: SecretKeys, state: string, now: Date): string => {
  const match = /^([0-9a-f-]{36})\.(\d{10})\.([A-Za-z0-9_-]{43})$/.exec(state)
  if (!match) throw refused('The state is not one this relay issued: start the authorisation again from the widget settings')
  const [, installationId, expiry, given] = match
  const payload = `${installationId}.${expiry}`
  const isGenuine = [keys.current, keys.previous].some((key) => key && timingSafeEqual(Buffer.from(mac(key, payload)), Buffer.from(given)))
  if (!isGenuine) throw refused('The state is not one this relay issued: start the authorisation again from the widget settings')
  if (Number(expiry) * 1000 <= now.getTime()) throw refused('The authorisation took too long (state expired): start it again from the widget settings')
  return installationId
}
