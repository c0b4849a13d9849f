import { AppError } from '../../../../shared/src/contract'
import { applicationTerm } from '../../domain/statuses/application-term'
import { applicationApprovedReason } from '../../domain/statuses/system-reasons'
import { lockPartner } from '../../store/queries/partners'
import { updateStatusApplication } from '../../store/queries/statuses'
import { appendAudit } from '../audit'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { toJson } from '../json'
import { runWrite } from '../run-write'
import { today } from '../today'
import { currentChecklist } from './steps/current-checklist'
import { loadApplication } from './steps/load-application'
import { lockPendingApplication } from './steps/lock-pending-application'
import { scheduleStatusChange } from './steps/schedule-status-change'

/**
 * Vendor staff approve an application (AG-3.3a). The requirements must hold strictly, certified
 * sales and technical specialists confirmed; the status takes effect on the first day of the next
 * quarter, never mid-quarter, and runs to the end of that year. Until then both sides see it pending.
 * @throws invalid_state when requirements are missing (listed in details.missing) or it was decided.
 */
export const approveStatusApplication = (deps: Deps, ctx: Ctx, id: string, body: { note?: string }) =>
  runWrite(deps, ctx, { route: 'approveStatusApplication', params: { id }, body }, async (trx) => {
    const application = await lockPendingApplication(trx, id)
    const partner = await lockPartner(trx, application.partner_id)
    const checklist = await currentChecklist(trx, deps, { partner, status: application.status, now: ctx.now })
    if (!checklist.isMet) {
      throw new AppError('invalid_state', `Requirements for "${checklist.statusName}" are not met: ${checklist.missing.join(', ')}`, {
        rule: 'AG-3.3a',
        details: { missing: checklist.missing },
      })
    }
    const day = today(deps, ctx)
    const term = applicationTerm(day)
    const changeId = await scheduleStatusChange(trx, deps, {
      actor: ctx.actor,
      now: ctx.now,
      today: day,
      partnerId: partner.id,
      fromStatus: partner.status,
      toStatus: application.status,
      ...term,
      source: 'application',
      sourceId: id,
      ...(body.note ? { reason: body.note } : applicationApprovedReason({ appliedOn: application.applied_on, approvedOn: day })),
    })
    await updateStatusApplication(trx, id, {
      state: 'approved',
      decided_at: ctx.now,
      decision_note: body.note ?? null,
      change_id: changeId,
      checklist: JSON.stringify(toJson(checklist)),
    })
    await appendAudit(trx, ctx.actor, {
      action: 'status-application.approved',
      entity: 'status-application',
      entityId: id,
      after: { ...term, changeId },
      reason: body.note,
    })
    return { application: await loadApplication(trx, deps, id) }
  })
