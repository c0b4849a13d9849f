import type { Request } from 'express'
import { AppError } from '../../../../shared/src/contract'

export type Bitrix24Headers = { authId: string; memberId: string; claimedDomain: string | undefined }

const AUTH = /^Bitrix24 +([\x21-\x7E]{1,1024}) *$/i
const MEMBER_ID = /^[A-Za-z0-9_-]{1,128}$/
// A bare host name with an optional port: no scheme, no path, no credentials.
const HOST = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*(?::\d{1,5})?$/

export const isBitrix24Authorization = (authorization: string | undefined): boolean =>
  /^Bitrix24(?: |$)/i.test(authorization ?? '')

/** Reads `Authorization: Bitrix24 <AUTH_ID>`, `X-B24-Member-Id` and `X-B24-Domain`. */
export const readBitrix24Headers = (req: Request): Bitrix24Headers => {
  const auth = AUTH.exec(req.get('authorization') ?? '')
  if (!auth) throw new AppError('unauthenticated', 'The Bitrix24 AUTH_ID is malformed: send Authorization: Bitrix24 <AUTH_ID>')
  const memberId = req.get('x-b24-member-id')
  if (!memberId || !MEMBER_ID.test(memberId)) {
    throw new AppError('unauthenticated', 'Send the portal member_id in X-B24-Member-Id')
  }
  return { authId: auth[1], memberId, claimedDomain: req.get('x-b24-domain') }
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
