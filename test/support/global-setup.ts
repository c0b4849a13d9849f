import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { createDb } from '../../server/src/store/create-db'
import { migrateToLatest } from '../../server/src/store/migrate'
import { dumpMigratedPglite } from './pglite-template'
import { databaseUrl, dropDatabase, onServer } from './postgres-admin'
import type { TestTemplate } from './test-template'

/**
 * Makes the run's template database once: a PGlite tarball, or with TEST_DATABASE_URL a migrated
 * PostgreSQL database that `createTestDb` clones. Returns the teardown that removes it.
 */
export default async (project: TestProject) => {
  const serverUrl = process.env.TEST_DATABASE_URL
  const { template, teardown } = serverUrl ? await postgresTemplate(serverUrl) : await pgliteTemplate()
  project.provide('relayTestTemplate', template)
  return teardown
}

const pgliteTemplate = async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'relay-test-'))
  const tarballPath = path.join(dir, 'template.tar')
  await writeFile(tarballPath, new Uint8Array(await (await dumpMigratedPglite()).arrayBuffer()))
  const template: TestTemplate = { kind: 'pglite', tarballPath }
  return { template, teardown: () => rm(dir, { recursive: true, force: true }) }
}

const postgresTemplate = async (serverUrl: string) => {
  const runId = String(process.pid)
  const database = `relay_tmpl_${runId}`
  await dropDatabase(serverUrl, database)
  await onServer(serverUrl, (client) => client.query(`create database "${database}"`))
  const store = await createDb({ databaseUrl: databaseUrl(serverUrl, database) })
  try {
    await migrateToLatest(store.db)
  } finally {
    await store.close()
  }
  const template: TestTemplate = { kind: 'postgres', serverUrl, database, runId }
  const teardown = async () => {
    // Also the copies a crashed or unclosed test left behind, but only this run's.
    const { rows } = await onServer(serverUrl, (client) =>
      client.query<{ datname: string }>(`select datname from pg_database where datname like $1`, [`relay_t_${runId}_%`]),
    )
    for (const { datname } of rows) await dropDatabase(serverUrl, datname)
    await dropDatabase(serverUrl, database)
  }
  return { template, teardown }
}
