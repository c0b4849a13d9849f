import { DomainError } from '../domain-error'

export type LinkCodeState = { usedAt: Date | null; expiresAt: Date }

/**
 * A one-time link code binds one CRM account: it must exist, be unused and be unexpired at `now`.
 * @throws not_found for an unknown code, code_used, code_expired
 */
export const usableLinkCode = <T extends LinkCodeState>(link: T | undefined, now: Date): T => {
  if (!link) throw new DomainError('not_found', 'No such link code: check it with the vendor')
  if (link.usedAt) throw new DomainError('code_used', 'This link code has already been used: ask the vendor for a new one')
  if (link.expiresAt.getTime() <= now.getTime()) throw new DomainError('code_expired', 'This link code has expired: ask the vendor for a new one')
  return link
}
