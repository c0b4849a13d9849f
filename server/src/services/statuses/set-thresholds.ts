import { AppError } from '../../../../shared/src/contract'
import { lockPartner, updatePartner } from '../../store/queries/partners'
import { appendAudit } from '../audit'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { runWrite } from '../run-write'
import { loadPartnerStatus } from './steps/load-partner-status'

/**
 * Vendor staff set a partner's individual half-year volume thresholds (AG-REQ ***), replacing the
 * previous set; a status left out uses the program's threshold.
 * @throws invalid_request for a status without a volume requirement.
 */
export const setThresholds = (deps: Deps, ctx: Ctx, partnerId: string, body: { thresholds: Record<string, number> }) =>
  runWrite(deps, ctx, { route: 'setThresholds', params: { partnerId }, body }, async (trx) => {
    const withVolume = Object.entries(deps.program.requirements ?? {})
      .filter(([, column]) => column.halfYearVolumeKop !== null)
      .map(([status]) => status)
    const unknown = Object.keys(body.thresholds).filter((status) => !withVolume.includes(status))
    if (unknown.length > 0) {
      throw new AppError('invalid_request', `No volume requirement to set for: ${unknown.join(', ')}; statuses with one: ${withVolume.join(', ') || 'none'}`, {
        rule: 'AG-REQ',
        details: { fields: unknown.map((status) => ({ path: `thresholds.${status}`, message: 'No volume requirement for this status' })) },
      })
    }
    const partner = await lockPartner(trx, partnerId)
    await updatePartner(trx, partnerId, { volume_thresholds: JSON.stringify(body.thresholds), updated_at: ctx.now })
    await appendAudit(trx, ctx.actor, {
      action: 'partner.thresholds-set',
      entity: 'partner',
      entityId: partnerId,
      before: partner.volume_thresholds,
      after: body.thresholds,
    })
    return loadPartnerStatus(trx, deps, { partnerId, now: ctx.now })
  })
