import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { runWrite } from '../run-write'
import { loadPartnerDto } from './steps/load-partner-dto'
import { voidViolationInTransaction } from './steps/void-violation-in-transaction'

/** Vendor staff void a violation recorded in error (AT-4.1); the audit trail keeps both. */
export const voidViolation = (deps: Deps, ctx: Ctx, violationId: string, body: { reason: string }) =>
  runWrite(deps, ctx, { route: 'voidViolation', params: { violationId }, body }, async (trx) => {
    const violation = await voidViolationInTransaction(trx, deps, { actor: ctx.actor, now: ctx.now, violationId, reason: body.reason })
    return { violation, partner: await loadPartnerDto(trx, deps, violation.partnerId) }
  })
