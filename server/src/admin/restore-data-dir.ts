import { existsSync } from 'node:fs'
import { readdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { Kysely } from 'kysely'
import { lockDataDir } from '../store/data-dir-lock'
import { type DatabaseSummary, describeDatabase, isEmptyDatabase } from '../store/describe-database'
import { openPglite } from '../store/open-pglite'
import { pgliteDialect } from '../store/pglite-dialect'
import type { Database } from '../store/schema'

export type RestoreOptions = {
  /** A backup: the gzipped tar archive `backup` writes (a plain tar is taken too). */
  archive: Buffer
  dataDir: string
  /** Replace a database that holds data; the old directory is kept beside it, renamed. */
  force?: boolean
  now?: Date
}

export type RestoreResult = { restored: DatabaseSummary; keptAside?: string }

/** Opens a directory this process already holds the lock of. */
const openHeld = async (dataDir: string, loadDataDir?: Blob) => {
  const db = new Kysely<Database>({ dialect: pgliteDialect(await openPglite({ dataDir, loadDataDir })) })
  try {
    return await describeDatabase(db)
  } finally {
    await db.destroy()
  }
}

const isGzip = (data: Buffer) => data[0] === 0x1f && data[1] === 0x8b

/**
 * Restores a backup into a PGlite data directory no relay is running on. The archive is unpacked
 * and opened in a new directory beside the target first, so a bad archive never touches it; then
 * the target is renamed aside (kept) and the new one takes its place.
 * @throws DataDirInUseError while a relay holds the directory.
 * @throws Error when the target holds data and `force` is not set.
 */
export const restoreDataDir = async ({ archive, dataDir, force = false, now = new Date() }: RestoreOptions): Promise<RestoreResult> => {
  const target = path.resolve(dataDir)
  const lock = await lockDataDir(target)
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
  const staging = `${target}.restoring-${stamp}`
  try {
    const hasDatabase = existsSync(path.join(target, 'PG_VERSION'))
    const hasFiles = existsSync(target) && (await readdir(target)).length > 0
    if (hasFiles && !force) {
      const current = hasDatabase ? await openHeld(target) : undefined
      if (!current || !isEmptyDatabase(current)) {
        const held = current
          ? `${current.partners} partners, ${current.invoices} invoices, ${current.postings} ledger postings`
          : 'files that are not a database'
        throw new Error(`${target} holds ${held}: restore over it with --force (it is kept beside, renamed)`)
      }
    }
    const tar = isGzip(archive) ? gunzipSync(archive) : archive
    const restored = await openHeld(staging, new Blob([new Uint8Array(tar)])).catch(async (error: unknown) => {
      await rm(staging, { recursive: true, force: true })
      throw new Error(`The archive is not a usable backup: ${error instanceof Error ? error.message : error}`)
    })
    const keptAside = hasFiles ? `${target}.before-restore-${stamp}` : undefined
    if (keptAside) await rename(target, keptAside)
    else if (existsSync(target)) await rm(target, { recursive: true })
    await rename(staging, target)
    return { restored, keptAside }
  } finally {
    await lock.release()
  }
}
