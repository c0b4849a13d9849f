import { Kysely } from 'kysely'
import { migrateToLatest } from '../../server/src/store/migrate'
import { openPglite } from '../../server/src/store/open-pglite'
import { pgliteDialect } from '../../server/src/store/pglite-dialect'
import type { Database } from '../../server/src/store/schema'

/** A migrated, empty in-memory PGlite as a `dumpDataDir()` tarball (initdb runs here, ~4 s). */
export const dumpMigratedPglite = async (): Promise<Blob> => {
  const pglite = await openPglite()
  const db = new Kysely<Database>({ dialect: pgliteDialect(pglite) })
  try {
    await migrateToLatest(db)
    // A checkpoint first, so each copy starts without replaying the WAL.
    await pglite.exec('checkpoint')
    // Uncompressed: gunzip would cost every copy more than reading the larger file.
    return await pglite.dumpDataDir('none')
  } finally {
    await db.destroy()
  }
}
