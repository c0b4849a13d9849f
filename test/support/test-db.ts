import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { inject } from 'vitest'
import type { Db } from '../../server/src/store/create-db'
import { createDb, pgliteDb } from '../../server/src/store/create-db'
import { openPglite } from '../../server/src/store/open-pglite'
import { dumpMigratedPglite } from './pglite-template'
import { databaseUrl, dropDatabase, onServer } from './postgres-admin'
import type { TestTemplate } from './test-template'

/** The engine tests run on: PostgreSQL when TEST_DATABASE_URL is set, else PGlite. */
export const testDbKind = (): Db['kind'] => (process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite')

/**
 * A fresh, migrated, empty database of its own, copied from the run's template (PGlite: loaded
 * from the tarball into memory; PostgreSQL: CREATE DATABASE … TEMPLATE). `close()` discards it.
 */
export const createTestDb = async (): Promise<Db> => {
  const template = inject('relayTestTemplate')
  if (template?.kind === 'postgres') return copyPostgresTemplate(template)
  if (testDbKind() === 'postgres') {
    throw new Error('TEST_DATABASE_URL is set but no template was made: add test/support/global-setup.ts to globalSetup')
  }
  return pgliteDb(await openPglite({ loadDataDir: await pgliteTarball(template) }))
}

let tarball: Promise<Blob> | undefined

/**
 * The template tarball, read once per worker. Without the global setup (a config that forgot it)
 * the worker makes its own template: a few seconds slower, still correct.
 */
const pgliteTarball = (template: TestTemplate | undefined): Promise<Blob> => {
  tarball ??= template?.kind === 'pglite' ? readTarball(template.tarballPath) : dumpMigratedPglite()
  return tarball
}

const readTarball = async (tarballPath: string) => new Blob([new Uint8Array(await readFile(tarballPath))])

const copyPostgresTemplate = async ({ serverUrl, database, runId }: Extract<TestTemplate, { kind: 'postgres' }>): Promise<Db> => {
  const copy = `relay_t_${runId}_${randomBytes(4).toString('hex')}`
  await onServer(serverUrl, (client) => client.query(`create database "${copy}" template "${database}"`))
  const store = await createDb({ databaseUrl: databaseUrl(serverUrl, copy) })
  return {
    ...store,
    close: async () => {
      await store.close()
      await dropDatabase(serverUrl, copy)
    },
  }
}
