import path from 'node:path'
import type { RelayConfig } from './config'

const withoutPassword = (databaseUrl: string) => {
  const url = new URL(databaseUrl)
  url.password = ''
  return url.toString()
}

/**
 * The start log's answer to "which data is this": demo or production, the engine and where its
 * data lives, the program. An operator who forgot `DEMO=0` sees it in the first line.
 */
export const describeRelay = (config: RelayConfig, programId: string) => {
  const mode = config.demo ? 'demo' : 'production'
  const place = config.databaseUrl
    ? { engine: 'postgres' as const, database: withoutPassword(config.databaseUrl) }
    : { engine: 'pglite' as const, dataDir: path.resolve(config.dataDir) }
  const where = place.engine === 'postgres' ? `PostgreSQL ${place.database}` : `PGlite in ${place.dataDir}`
  return { fields: { mode, ...place, program: programId }, summary: `${mode} mode, ${where}, program ${programId}` }
}
