import { AppError } from '../../../../shared/src/contract'
import { lockPin, updatePin } from '../../store/queries/pins'
import { appendAudit } from '../audit'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { runWrite } from '../run-write'
import { loadRegistration } from './steps/load-registration'

/**
 * Vendor staff set the discount of a project registration (AG-DISC "per project", seed 1.2): it
 * prices the Project partner's per-project categories on invoices for that client.
 * @throws not_found; invalid_state unless it is a live project registration.
 */
export const setProjectDiscount = (deps: Deps, ctx: Ctx, pinId: string, body: { discountBps: number }) =>
  runWrite(deps, ctx, { route: 'setProjectDiscount', params: { pinId }, body }, async (trx) => {
    const pin = await lockPin(trx, pinId)
    if (!pin) throw new AppError('not_found', 'No such registration')
    if (pin.kind !== 'project') throw new AppError('invalid_state', 'Only a project registration carries a project discount', { rule: 'AG-DISC' })
    if (pin.state !== 'requested' && pin.state !== 'approved') throw new AppError('invalid_state', `This registration is ${pin.state}`, { rule: 'AG-4' })
    await updatePin(trx, pinId, { project_discount_bps: body.discountBps })
    await appendAudit(trx, ctx.actor, {
      action: 'pin.project-discount-set',
      entity: 'pin',
      entityId: pinId,
      before: { projectDiscountBps: pin.project_discount_bps },
      after: { projectDiscountBps: body.discountBps },
    })
    return { registration: await loadRegistration(trx, pinId) }
  })
