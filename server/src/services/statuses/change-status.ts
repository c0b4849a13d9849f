import { AppError } from '../../../../shared/src/contract'
import { findStatus } from '../../domain/program/find-status'
import { statusValidUntil } from '../../domain/statuses/status-valid-until'
import { lockPartner } from '../../store/queries/partners'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { runWrite } from '../run-write'
import { today } from '../today'
import { loadPartnerStatus } from './steps/load-partner-status'
import { scheduleStatusChange } from './steps/schedule-status-change'

/**
 * Vendor staff change a partner's status, today or from a later date, saying why (AG-1.5: a
 * downgrade; AG-3.2: a flagged renewal settled by a lower status). Never backdated.
 * @throws invalid_request for an unknown status or a past date; partner_expelled.
 */
export const changeStatus = (deps: Deps, ctx: Ctx, partnerId: string, body: { status: string; effectiveOn?: string; reason: string }) =>
  runWrite(deps, ctx, { route: 'changeStatus', params: { partnerId }, body }, async (trx) => {
    findStatus(deps.program, body.status)
    const day = today(deps, ctx)
    const effectiveOn = body.effectiveOn ?? day
    if (effectiveOn < day) {
      throw new AppError('invalid_request', 'A status change takes effect today or later, never in the past', {
        details: { fields: [{ path: 'effectiveOn', message: `On or after ${day}` }] },
      })
    }
    const partner = await lockPartner(trx, partnerId)
    if (partner.state === 'expelled') throw new AppError('partner_expelled', 'The partner has been expelled from the program', { rule: 'AT-4.1' })
    await scheduleStatusChange(trx, deps, {
      actor: ctx.actor,
      now: ctx.now,
      today: day,
      partnerId,
      fromStatus: partner.status,
      toStatus: body.status,
      effectiveOn,
      validUntil: statusValidUntil({ program: deps.program, status: body.status, effectiveOn }),
      source: 'staff',
      reason: body.reason,
    })
    return loadPartnerStatus(trx, deps, { partnerId, now: ctx.now })
  })
