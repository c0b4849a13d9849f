import { AppError } from '../../../../shared/src/contract'
import { lockStatusChange, settleStatusChange } from '../../store/queries/statuses'
import { appendAudit } from '../audit'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { runWrite } from '../run-write'
import { loadPartnerStatus } from './steps/load-partner-status'

/**
 * Vendor staff cancel a status change that has not taken effect yet, saying why.
 * @throws not_found; invalid_state once it is applied, superseded or cancelled.
 */
export const cancelStatusChange = (deps: Deps, ctx: Ctx, changeId: string, body: { reason: string }) =>
  runWrite(deps, ctx, { route: 'cancelStatusChange', params: { changeId }, body }, async (trx) => {
    const change = await lockStatusChange(trx, changeId)
    if (!change) throw new AppError('not_found', 'No such status change')
    if (change.state !== 'pending') throw new AppError('invalid_state', `This status change is already ${change.state}`)
    await settleStatusChange(trx, { id: changeId, state: 'cancelled', now: ctx.now, reason: body.reason })
    await appendAudit(trx, ctx.actor, {
      action: 'status-change.cancelled',
      entity: 'status-change',
      entityId: changeId,
      before: { state: 'pending' },
      after: { state: 'cancelled' },
      reason: body.reason,
    })
    return loadPartnerStatus(trx, deps, { partnerId: change.partner_id, now: ctx.now })
  })
