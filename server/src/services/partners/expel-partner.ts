import { AppError } from '../../../../shared/src/contract'
import { lockPartner } from '../../store/queries/partners'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { runWrite } from '../run-write'
import { affectedClients } from './steps/affected-clients'
import { expelInTransaction } from './steps/expel-in-transaction'
import { loadPartnerDto } from './steps/load-partner-dto'

/**
 * Vendor staff confirm the expulsion of a partner with a repeat violation (AT-4.1): irreversible;
 * answers the released pins and the clients the vendor may now contact (AT-4.3).
 * @throws invalid_state unless the partner is expulsion_pending.
 */
export const expelPartner = (deps: Deps, ctx: Ctx, partnerId: string) =>
  runWrite(deps, ctx, { route: 'expelPartner', params: { partnerId } }, async (trx) => {
    const partner = await lockPartner(trx, partnerId)
    if (partner.state !== 'expulsion_pending') {
      throw new AppError('invalid_state', `Only a partner pending expulsion can be expelled; this one is ${partner.state}`, { rule: 'AT-4.1' })
    }
    const releasedPins = await expelInTransaction(trx, { actor: ctx.actor, now: ctx.now, partnerId, reason: 'Expulsion confirmed by vendor staff (AT-4.1)' })
    return {
      partner: await loadPartnerDto(trx, deps, partnerId),
      releasedPins,
      affectedClients: await affectedClients(trx, partnerId),
    }
  })
