import type { Request } from 'express'
import { AppError } from '../../../../shared/src/contract'

/** `expiresAt`: ms since the epoch, from the frame's `X-B24-Auth-Expires` (the portal's AUTH_EXPIRES). */
export type Bitrix24Headers = { authId: string; memberId: string; claimedDomain: string | undefined; expiresAt: number | undefined }

const AUTH = /^Bitrix24 +([\x21-\x7E]{1,1024}) *$/i
const MEMBER_ID = /^[A-Za-z0-9_-]{1,128}$/
const UNIX_SECONDS = /^\d{1,12}$/
// A bare host name with an optional port: no scheme, no path, no credentials.
const HOST = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*(?::\d{1,5})?$/

export const isBitrix24Authorization = (authorization: string | undefined): boolean => /^Bitrix24(?: |$)/i.test(authorization ?? '')

/** Reads `Authorization: Bitrix24 <AUTH_ID>`, `X-B24-Member-Id`, `X-B24-Domain` and `X-B24-Auth-Expires`. */
export const readBitrix24Headers = (req: Request): Bitrix24Headers => {
  const auth = AUTH.exec(req.get('authorization') ?? '')
  if (!auth) throw new AppError('unauthenticated', 'The Bitrix24 AUTH_ID is malformed: send Authorization: Bitrix24 <AUTH_ID>')
  const memberId = req.get('x-b24-member-id')
  if (!memberId || !MEMBER_ID.test(memberId)) {
    throw new AppError('unauthenticated', 'Send the portal member_id in X-B24-Member-Id')
  }
  const expires = req.get('x-b24-auth-expires')
  if (expires !== undefined && !UNIX_SECONDS.test(expires)) {
    throw new AppError('unauthenticated', "X-B24-Auth-Expires is the token's expiry in Unix seconds, as the portal gave it to the frame")
  }
  return { authId: auth[1], memberId, claimedDomain: req.get('x-b24-domain'), expiresAt: expires === undefined ? undefined : Number(expires) * 1000 }
}

/**
 * The domain sent by the frame, used only to link a new installation.
 * @throws AppError unauthenticated when it is missing or not a bare host name
 */
export const parseClaimedDomain = (value: string | undefined): string => {
  const domain = value?.trim().toLowerCase() ?? ''
  if (!HOST.test(domain) || domain.length > 260) {
    throw new AppError('unauthenticated', 'Send the portal host name in X-B24-Domain, e.g. example.bitrix24.ru (no scheme, no path)')
  }
  return domain
}
