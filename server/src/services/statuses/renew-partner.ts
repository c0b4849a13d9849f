import { AppError } from '../../../../shared/src/contract'
import { lockPartner } from '../../store/queries/partners'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { runWrite } from '../run-write'
import { today } from '../today'
import { loadPartnerStatus } from './steps/load-partner-status'
import { renewTerm } from './steps/renew-term'

/**
 * Vendor staff renew what the yearly check flagged (AG-3.2, AG-3.3a) although requirements are
 * missing, saying why: every flagged term runs another year.
 * @throws invalid_state when nothing is flagged.
 */
export const renewPartner = (deps: Deps, ctx: Ctx, partnerId: string, body: { reason: string }) =>
  runWrite(deps, ctx, { route: 'renewPartner', params: { partnerId }, body }, async (trx) => {
    const partner = await lockPartner(trx, partnerId)
    if (partner.renewal_flags.length === 0)
      throw new AppError('invalid_state', 'Nothing waits for renewal: no flagged certificate or status', { rule: 'AG-3.2' })
    for (const flag of partner.renewal_flags) {
      await renewTerm(trx, {
        actor: ctx.actor,
        now: ctx.now,
        today: today(deps, ctx),
        partner: await lockPartner(trx, partnerId),
        kind: flag.kind,
        dueOn: flag.dueOn,
        reason: body.reason,
      })
    }
    return loadPartnerStatus(trx, deps, { partnerId, now: ctx.now })
  })
