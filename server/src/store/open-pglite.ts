import { mkdir } from 'node:fs/promises'
import { PGlite } from '@electric-sql/pglite'
import { pgliteParsers } from './type-parsers'

export type OpenPgliteOptions = {
  /** Directory of a persistent database, created (initdb) when missing. Omit for in-memory. */
  dataDir?: string
  /** A `dumpDataDir()` tarball to start an in-memory database from. */
  loadDataDir?: Blob
}

/** Starts PGlite with the shared type parsers. */
export const openPglite = async ({ dataDir, loadDataDir }: OpenPgliteOptions = {}): Promise<PGlite> => {
  if (dataDir) await mkdir(dataDir, { recursive: true })
  return PGlite.create({ dataDir, loadDataDir, parsers: pgliteParsers })
}
