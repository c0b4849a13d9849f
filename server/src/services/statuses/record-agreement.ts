import { AppError } from '../../../../shared/src/contract'
import { lockPartner, updatePartner } from '../../store/queries/partners'
import { appendAudit } from '../audit'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { runWrite } from '../run-write'
import { today } from '../today'
import { authorizeIfQualified } from './steps/authorize-if-qualified'
import { loadPartnerStatus } from './steps/load-partner-status'

/**
 * Vendor staff record the day the partner agreement was signed (AG-3.1): continuous cooperation
 * counts from it (AG-REQ), and with a qualifying purchase already paid the partner is authorized.
 * @throws invalid_request for a future date; invalid_state in a program without authorization.
 */
export const recordAgreement = (deps: Deps, ctx: Ctx, partnerId: string, body: { signedOn: string }) =>
  runWrite(deps, ctx, { route: 'recordAgreement', params: { partnerId }, body }, async (trx) => {
    if (!deps.program.authorization) throw new AppError('invalid_state', 'This program has no authorization by agreement', { rule: 'AG-3.1' })
    if (body.signedOn > today(deps, ctx)) {
      throw new AppError('invalid_request', 'The agreement cannot be signed in the future', {
        rule: 'AG-3.1',
        details: { fields: [{ path: 'signedOn', message: `On or before ${today(deps, ctx)}` }] },
      })
    }
    const partner = await lockPartner(trx, partnerId)
    if (partner.agreement_signed_on !== body.signedOn) {
      await updatePartner(trx, partnerId, { agreement_signed_on: body.signedOn, updated_at: ctx.now })
      await appendAudit(trx, ctx.actor, {
        action: 'partner.agreement-recorded',
        entity: 'partner',
        entityId: partnerId,
        before: { agreementSignedOn: partner.agreement_signed_on },
        after: { agreementSignedOn: body.signedOn },
      })
    }
    await authorizeIfQualified(trx, deps, { partnerId, now: ctx.now })
    return loadPartnerStatus(trx, deps, { partnerId, now: ctx.now })
  })
