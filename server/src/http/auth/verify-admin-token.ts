import { createHash, timingSafeEqual } from 'node:crypto'
import { AppError } from '../../../../shared/src/contract'

// Hashing first gives both sides the same length, so the comparison leaks neither content nor length.
const digest = (value: string) => createHash('sha256').update(value).digest()

/**
 * Checks `Authorization: Bearer <RELAY_ADMIN_TOKEN>` in constant time.
 * @throws AppError unauthenticated when no admin token is configured, or the header is missing or wrong
 */
export const verifyAdminToken = (authorization: string | undefined, adminToken: string | undefined): void => {
  if (!adminToken) {
    throw new AppError('unauthenticated', 'The admin API is disabled: RELAY_ADMIN_TOKEN is not set on this relay')
  }
  const match = /^Bearer +(\S+) *$/i.exec(authorization ?? '')
  if (!match) throw new AppError('unauthenticated', 'Send Authorization: Bearer <RELAY_ADMIN_TOKEN>')
  if (!timingSafeEqual(digest(match[1]), digest(adminToken))) {
    throw new AppError('unauthenticated', 'The admin token is not valid')
  }
}
