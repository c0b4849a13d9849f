import type { Kysely } from 'kysely'
import { emptyDemoDatabase, findDemoData } from '../store/demo-data'
import type { Database } from '../store/schema'

export type ClearDemoResult = { outcome: 'no-demo' } | { outcome: 'cleared'; partners: string[]; tables: number }

/**
 * Removes the demo from a database that holds nothing else (the start that forgot `DEMO=0`).
 * Next to real data it refuses: the demo's invoices took numbers of the same gapless yearly
 * sequence and its postings are in the append-only ledger, so they cannot be cut out without
 * leaving gaps; void them through the API instead (numbers kept, ledger reversed).
 */
export const clearDemo = async (db: Kysely<Database>): Promise<ClearDemoResult> => {
  const found = await findDemoData(db)
  if (found.demoInstallations === 0 && found.demoPartners.length === 0) return { outcome: 'no-demo' }
  if (found.otherPartners.length > 0 || found.otherInstallations > 0) {
    const others = found.otherPartners.map((p) => `  ${p.id}  ${p.name}`).join('\n')
    throw new Error(
      `The database holds real data beside the demo (${found.otherPartners.length} partners, ${found.otherInstallations} CRM installations):\n${others}\n` +
        'Demo invoices share the gapless number sequence and the append-only ledger with real ones, so they are not deleted here: ' +
        'void them (POST /v1/invoices/{id}/void) and expel the demo partners, or restore a backup taken before the demo was seeded.',
    )
  }
  const tables = await emptyDemoDatabase(db)
  return { outcome: 'cleared', partners: found.demoPartners.map((p) => p.name), tables }
}
