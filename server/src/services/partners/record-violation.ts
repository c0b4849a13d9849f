import { randomUUID } from 'node:crypto'
import { AppError, type TCreateViolationRequest } from '../../../../shared/src/contract'
import { getPartner } from '../../store/queries/partners'
import { selectViolations } from '../../store/queries/violations'
import { appendAudit } from '../audit'
import type { Actor, Ctx } from '../context'
import type { Deps, Trx } from '../deps'
import { runWrite } from '../run-write'
import { today } from '../today'
import { toViolation } from '../dto/to-violation'
import { loadPartnerDto } from './load-partner-dto'
import { recomputePartnerState } from './recompute-partner-state'

type NewViolation = { partnerId: string; rule: string; note: string; occurredOn: string; source: 'staff' | 'auto-overdue'; invoiceId?: string }

/** Inserts a violation and applies its consequence (AT-4.1); shared by staff and the overdue scan. */
export const addViolation = async (trx: Trx, deps: Deps, actor: Actor | { kind: 'system' }, now: Date, v: NewViolation) => {
  const id = randomUUID()
  await trx
    .insertInto('violations')
    .values({ id, partner_id: v.partnerId, rule: v.rule, source: v.source, invoice_id: v.invoiceId ?? null, note: v.note, occurred_on: v.occurredOn })
    .execute()
  const violation = toViolation(await selectViolations(trx).where('violations.id', '=', id).executeTakeFirstOrThrow())
  await appendAudit(trx, actor, { action: 'violation.recorded', entity: 'violation', entityId: id, after: violation, reason: v.note })
  await recomputePartnerState(trx, deps, { actor, now, partnerId: v.partnerId, reason: `Violation of ${v.rule}: ${v.note}` })
  return violation
}

/** Vendor staff record a violation of a program rule (AT-3.1, AT-3.4, AT-4.1). */
export const recordViolation = (deps: Deps, ctx: Ctx, partnerId: string, body: TCreateViolationRequest) =>
  runWrite(deps, ctx, { route: 'recordViolation', params: { partnerId }, body }, async (trx) => {
    await getPartner(trx, partnerId)
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
