import type { Migration } from 'kysely'
import * as initial from './001-initial'
import * as statuses from './002-statuses'
import * as statusReasons from './003-status-reasons'
import * as violationNotes from './004-violation-notes'
import * as bankPayments from './005-bank-payments'

/** Every migration, by name; Kysely applies them in name order. Add new ones here. */
export const migrations: Record<string, Migration> = {
  '001-initial': initial,
  '002-statuses': statuses,
  '003-status-reasons': statusReasons,
  '004-violation-notes': violationNotes,
  '005-bank-payments': bankPayments,
}
