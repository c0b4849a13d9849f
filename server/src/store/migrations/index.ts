import type { Migration } from 'kysely'
import * as initial from './001-initial'

/** Every migration, by name; Kysely applies them in name order. Add new ones here. */
export const migrations: Record<string, Migration> = {
  '001-initial': initial,
}
