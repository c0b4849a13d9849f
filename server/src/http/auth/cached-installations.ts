import type { Logger } from 'pino'
import type { TCrm } from '../../../../shared/src/contract'
import type { Db } from '../../store/db'
import { findInstallation, touchInstallation } from '../../store/queries/installations'
import type { InstallationLookup, InstallationRow } from '../http-deps'
import { createTtlCache } from './ttl-cache'

// Long enough to spare the database a query on nearly every request, short enough that a re-linked
// or revoked CRM account is seen as such within seconds on every relay behind a load balancer.
const TTL_MS = 5_000
// "Last seen" is for staff reading a list, not an access log: one write a minute per installation.
const SEEN_EVERY_MS = 60_000

/**
 * The installation lookup every authenticated request makes, with linked installations cached
 * briefly. "Not linked" is never cached, so a CRM account works the moment it has been linked. A
 * revocation drops the entry at once (`forget`) on the relay that made it and, through the live bus,
 * on the others; TTL_MS bounds it if that message is lost (issue 10).
 */
export const cachedInstallations = (db: Db, now: () => Date, logger: Logger): InstallationLookup & { forget(crm: TCrm, account: string): void } => {
  const cache = createTtlCache<InstallationRow>({ ttlMs: TTL_MS, maxEntries: 10_000, now: () => now().getTime() })
  const seen = createTtlCache<true>({ ttlMs: SEEN_EVERY_MS, maxEntries: 10_000, now: () => now().getTime() })
  return {
    find: async (crm, account) => {
      const key = `${crm}:${account}`
      const hit = cache.get(key)
      if (hit) return hit
      const row = await findInstallation(db, crm, account)
      if (row) cache.set(key, row)
      return row
    },
    seen: (id) => {
      if (seen.get(id)) return
      seen.set(id, true)
      // Not awaited: the request does not wait for a note about itself, and a failed note costs nothing.
      touchInstallation(db, id, now()).catch((error: Error) => logger.warn({ err: error, installationId: id }, 'last-seen note not written'))
    },
    forget: (crm, account) => cache.delete(`${crm}:${account}`),
  }
}
