import { sealContext } from '../services/crm-access/steps/crm-access-settings'
import { createTokenBox, type SecretKeys } from '../services/crm-access/steps/token-box'
import type { Db } from '../store/db'
import { lockSealedTokens, setSealedTokens } from '../store/queries/crm-access'
import { inTransaction } from '../store/transaction'

/**
 * Seals every stored CRM token again under RELAY_SECRET_KEY, reading the ones sealed under
 * RELAY_SECRET_KEY_PREVIOUS (issue 12: key rotation). One transaction: all or nothing. Afterwards
 * the previous key can be dropped. Safe beside running relays: the rows are locked while rewritten.
 * @throws when a token was sealed under a key that is neither of the two.
 */
export const reencryptTokens = (db: Db, keys: SecretKeys) =>
  inTransaction(db, async (trx) => {
    const box = createTokenBox(keys)
    const rows = await lockSealedTokens(trx)
    let reencrypted = 0
    for (const row of rows) {
      if (!row.access_token || !row.refresh_token || (box.isCurrent(row.access_token) && box.isCurrent(row.refresh_token))) continue
      const again = (sealed: string, slot: 'access' | 'refresh') =>
        box.seal(box.open(sealed, sealContext(row.installation_id, slot)), sealContext(row.installation_id, slot))
      await setSealedTokens(trx, {
        installationId: row.installation_id,
        accessToken: again(row.access_token, 'access'),
        refreshToken: again(row.refresh_token, 'refresh'),
      })
      reencrypted += 1
    }
    return { reencrypted, total: rows.length }
  })
