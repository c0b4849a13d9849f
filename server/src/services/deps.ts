import type { Logger } from 'pino'
import type { TCrm } from '../../../shared/src/contract'
import type { Calendars } from '../domain/calendar/calendar-schema'
import type { Program } from '../domain/program/program-schema'
import type { Db } from '../store/db'
import type { LiveBus } from '../store/live-bus'
import type { CrmAccessSettings } from './crm-access/steps/crm-access-settings'

/** What every use case may use: the database, the loaded program and calendars, a logger. */
export type Deps = {
  db: Db
  program: Program
  calendars: Calendars
  logger: Logger
  /** Server-side access to the installations' own CRMs (issue 12); absent where a relay has none. */
  crmAccess?: CrmAccessSettings
  /** Drops a CRM account from this relay's installation cache, once a change to it is committed (issue 10). */
  forgetInstallation?: (crm: TCrm, account: string) => void
  /** Tells the open screens of every relay what changed, after the change committed; absent where nothing listens. */
  live?: Pick<LiveBus, 'publish'>
}
