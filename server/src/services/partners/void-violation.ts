import { AppError } from '../../../../shared/src/contract'
import { selectViolations } from '../../store/queries/violations'
import { appendAudit } from '../audit'
import type { Actor, Ctx } from '../context'
import type { Deps, Trx } from '../deps'
import { toViolation } from '../dto/to-violation'
import { runWrite } from '../run-write'
import { loadPartnerDto } from './load-partner-dto'
import { recomputePartnerState } from './recompute-partner-state'

/** Voids a violation with its reason and re-derives the partner's state (AT-4.1); shared with the transfer rule. */
export const voidViolationInTransaction = async (
  trx: Trx,
  deps: Deps,
  { actor, now, violationId, reason }: { actor: Actor | { kind: 'system' }; now: Date; violationId: string; reason: string },
) => {
  const row = await selectViolations(trx).where('violations.id', '=', violationId).forUpdate('violations').executeTakeFirst()
  if (!row) throw new AppError('not_found', 'No such violation')
  if (row.voided_at) throw new AppError('invalid_state', 'This violation is already void', { rule: 'AT-4.1' })
  await trx.updateTable('violations').set({ voided_at: now, void_reason: reason }).where('id', '=', violationId).execute()
  const violation = toViolation((await selectViolations(trx).where('violations.id', '=', violationId).executeTakeFirst())!)
  await appendAudit(trx, actor, { action: 'violation.voided', entity: 'violation', entityId: violationId, before: toViolation(row), after: violation, reason })
  await recomputePartnerState(trx, deps, { actor, now, partnerId: row.partner_id, reason: `Violation ${row.rule} voided: ${reason}` })
  return violation
}

/** Vendor staff void a violation recorded in error (AT-4.1); the audit trail keeps both. */
export const voidViolation = (deps: Deps, ctx: Ctx, violationId: string, body: { reason: string }) =>
  runWrite(deps, ctx, { route: 'voidViolation', params: { violationId }, body }, async (trx) => {
    const violation = await voidViolationInTransaction(trx, deps, { actor: ctx.actor, now: ctx.now, violationId, reason: body.reason })
    return { violation, partner: await loadPartnerDto(trx, deps, violation.partnerId) }
  })
