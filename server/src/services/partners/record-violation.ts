import { AppError, type TCreateViolationRequest } from '../../../../shared/src/contract'
import { assertViolable } from '../../domain/violations/assert-violable'
import { getPartner } from '../../store/queries/partners'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { runWrite } from '../run-write'
import { today } from '../today'
import { addViolation } from './steps/add-violation'
import { loadPartnerDto } from './steps/load-partner-dto'

/** Vendor staff record a violation of a rule the program marks as violable (AT-3.1, AT-3.4, AT-4.1, AG-1.5). */
export const recordViolation = (deps: Deps, ctx: Ctx, partnerId: string, body: TCreateViolationRequest) =>
  runWrite(deps, ctx, { route: 'recordViolation', params: { partnerId }, body }, async (trx) => {
    await getPartner(trx, partnerId)
    assertViolable(deps.program, body.rule)
    const occurredOn = body.occurredOn ?? today(deps, ctx)
    if (occurredOn > today(deps, ctx)) {
      throw new AppError('invalid_request', 'A violation cannot have happened in the future', {
        rule: 'AT-4.1',
        details: { fields: [{ path: 'occurredOn', message: `On or before ${today(deps, ctx)}` }] },
      })
    }
    const violation = await addViolation(trx, deps, ctx.actor, ctx.now, { partnerId, rule: body.rule, note: body.note, occurredOn, source: 'staff' })
    return { violation, partner: await loadPartnerDto(trx, deps, partnerId) }
  })
