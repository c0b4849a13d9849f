import type { TCrmWriteSettings } from '../../../../../shared/src/contract'
import type { Db } from '../../../store/db'
import { findCrmAccess } from '../../../store/queries/crm-access'
import { countCrmWrites, findCrmWriteSettings } from '../../../store/queries/crm-writes'
import { crmAccessDto } from '../../crm-access/steps/crm-access-dto'

const OFF: TCrmWriteSettings = {
  transferTasks: false,
  pinNotes: false,
  violationNotes: false,
  pinRequestTasks: false,
  entityType: 'company',
  responsibleUserId: null,
}

/** An installation's writes settings (all off until saved), its access state and its writes' counts (issue 12). */
export const crmWritesView = async (db: Db, installationId: string) => {
  const row = await findCrmWriteSettings(db, installationId)
  const settings: TCrmWriteSettings = row
    ? {
        transferTasks: row.transfer_tasks,
        pinNotes: row.pin_notes,
        violationNotes: row.violation_notes,
        pinRequestTasks: row.pin_request_tasks,
        entityType: row.entity_type,
        responsibleUserId: row.responsible_user_id,
      }
    : OFF
  return { settings, crmAccess: crmAccessDto(await findCrmAccess(db, installationId)), writes: await countCrmWrites(db, installationId) }
}
