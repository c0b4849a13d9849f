import { updateStatusApplication } from '../../store/queries/statuses'
import { appendAudit } from '../audit'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { runWrite } from '../run-write'
import { loadApplication } from './steps/load-application'
import { lockPendingApplication } from './steps/lock-pending-application'

/** Vendor staff refuse an application with the reason the partner will read (AG-3.3a, seed 1.1). */
export const refuseStatusApplication = (deps: Deps, ctx: Ctx, id: string, body: { reason: string }) =>
  runWrite(deps, ctx, { route: 'refuseStatusApplication', params: { id }, body }, async (trx) => {
    await lockPendingApplication(trx, id)
    await updateStatusApplication(trx, id, { state: 'refused', decided_at: ctx.now, decision_note: body.reason })
    await appendAudit(trx, ctx.actor, {
      action: 'status-application.refused',
      entity: 'status-application',
      entityId: id,
      before: { state: 'pending' },
      after: { state: 'refused' },
      reason: body.reason,
    })
    return { application: await loadApplication(trx, deps, id) }
  })
