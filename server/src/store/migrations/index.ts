import type { Migration } from 'kysely'
import * as initial from './001-initial'
import * as statuses from './002-statuses'
import * as statusReasons from './003-status-reasons'
import * as violationNotes from './004-violation-notes'
import * as violationNotice from './005-violation-notice'
import * as crmAccess from './006-crm-access'
import * as territoryAndMarks from './007-territory-and-marks'
import * as creditNotes from './008-credit-notes'
import * as violationVoidReasons from './009-violation-void-reasons'
import * as pinInterests from './010-pin-interests'
import * as bankPayments from './011-bank-payments'
import * as crmWrites from './012-crm-writes'
import * as partnerAdmin from './013-partner-admin'
import * as notices from './014-notices'
import * as imports from './015-imports'
import * as streamTickets from './016-stream-tickets'

/** Every migration, by name; Kysely applies them in name order. Add new ones here. */
export const migrations: Record<string, Migration> = {
  '001-initial': initial,
  '002-statuses': statuses,
  '003-status-reasons': statusReasons,
  '004-violation-notes': violationNotes,
  '005-violation-notice': violationNotice,
  '006-crm-access': crmAccess,
  '007-territory-and-marks': territoryAndMarks,
  '008-credit-notes': creditNotes,
  '009-violation-void-reasons': violationVoidReasons,
  '010-pin-interests': pinInterests,
  '011-bank-payments': bankPayments,
  '012-crm-writes': crmWrites,
  '013-partner-admin': partnerAdmin,
  '014-notices': notices,
  '015-imports': imports,
  '016-stream-tickets': streamTickets,
}
