import type { PGlite } from '@electric-sql/pglite'
import { type Kysely, sql } from 'kysely'
import type { Database } from './schema'

/**
 * The whole PGlite data directory as a tar archive, consistent while the relay runs: it is taken
 * holding the dialect's one connection, so no transaction is open and none starts until it is
 * done, after a checkpoint, so the files need no WAL replay. Requests wait meanwhile (about a
 * second per 100 MB).
 */
export const dumpPglite = (db: Kysely<Database>, pglite: PGlite): Promise<Buffer> =>
  db.connection().execute(async (connection) => {
    await sql`checkpoint`.execute(connection)
    const tar = await pglite.dumpDataDir('none')
    return Buffer.from(await tar.arrayBuffer())
  })
