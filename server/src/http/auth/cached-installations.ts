import type { Db } from '../../store/db'
import { findInstallation } from '../../store/queries/installations'
import type { InstallationLookup, InstallationRow } from '../http-deps'
import { createTtlCache } from './ttl-cache'

// Long enough to spare the database a query on nearly every request, short enough that a re-linked
// CRM account is seen with its new partner within seconds on every relay behind a load balancer.
const TTL_MS = 5_000

/**
 * The installation lookup every authenticated request makes, with linked installations cached
 * briefly. "Not linked" is never cached, so a CRM account works the moment it has been linked.
 */
export const cachedInstallations = (db: Db, now: () => Date): InstallationLookup => {
  const cache = createTtlCache<InstallationRow>({ ttlMs: TTL_MS, maxEntries: 10_000, now: () => now().getTime() })
  return {
    find: async (crm, account) => {
      const key = `${crm}:${account}`
      const hit = cache.get(key)
      if (hit) return hit
      const row = await findInstallation(db, crm, account)
      if (row) cache.set(key, row)
      return row
    },
  }
}
