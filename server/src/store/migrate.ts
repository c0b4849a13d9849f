import type { Kysely } from 'kysely'
import { Migrator } from 'kysely'
import { migrations } from './migrations'
import type { Database } from './schema'

/**
 * Applies the migrations not applied yet, each in its own transaction. Kysely takes an advisory
 * lock first, so relays starting together on one database migrate once.
 * @throws the failing migration's database error
 */
export const migrateToLatest = async (db: Kysely<Database>): Promise<void> => {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } })
  const { error } = await migrator.migrateToLatest()
  if (error) throw error
}
