import { existsSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { createDb } from '../store/create-db'

/**
 * A gzipped tar archive of a PGlite data directory no relay is running on: the CLI opens it
 * itself, holding the directory's lock. While a relay runs, the backup comes from the relay
 * (`GET /v1/admin/backup`), the only process that may open the directory.
 * @throws DataDirInUseError when a relay holds the directory.
 */
export const backupDataDir = async (dataDir: string): Promise<Buffer> => {
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) throw new Error(`${path.resolve(dataDir)} holds no database`)
  const store = await createDb({ dataDir })
  try {
    return gzipSync(await store.dumpDataDir!())
  } finally {
    await store.close()
  }
}
