import { createGzip } from 'node:zlib'
import type express from 'express'
import { AppError } from '../../../shared/src/contract'
import type { Authenticate } from './auth/create-authenticator'
import type { HttpDeps } from './http-deps'
import { apiHeaders } from './security-headers'

export const BACKUP_PATH = '/v1/admin/backup'

/**
 * `GET /v1/admin/backup`: the PGlite data directory as a gzipped tar archive. PGlite allows one
 * process per data directory, so while a relay runs the backup is made by the relay itself; the
 * admin CLI's `backup` downloads it. On PostgreSQL, pg_dump is the tool (README).
 */
export const mountBackupRoute = (app: express.Express, deps: Pick<HttpDeps, 'dumpDataDir' | 'logger' | 'now'>, authenticate: Authenticate) => {
  app.get(BACKUP_PATH, apiHeaders, async (req, res) => {
    await authenticate(req, 'admin')
    if (!deps.dumpDataDir) throw new AppError('invalid_state', 'This relay runs on PostgreSQL: back it up with pg_dump (see the README)')
    const startedAt = Date.now()
    const tar = await deps.dumpDataDir()
    const stamp = (deps.now?.() ?? new Date())
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d+Z$/, 'Z')
    deps.logger.info({ bytes: tar.length, lockedMs: Date.now() - startedAt }, 'backup taken')
    res.status(200).attachment(`partner-relay-${stamp}.tar.gz`).type('application/gzip')
    const gzip = createGzip()
    gzip.pipe(res)
    gzip.end(tar)
  })
}
