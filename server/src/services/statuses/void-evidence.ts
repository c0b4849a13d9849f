import { AppError } from '../../../../shared/src/contract'
import { lockEvidence, setEvidenceVoid } from '../../store/queries/statuses'
import { appendAudit } from '../audit'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { runWrite } from '../run-write'
import { loadPartnerStatus } from './steps/load-partner-status'

/**
 * Vendor staff void evidence recorded in error (AG-REQ); it stops counting, the record stays.
 * @throws not_found, invalid_state when already void.
 */
export const voidEvidence = (deps: Deps, ctx: Ctx, evidenceId: string, body: { reason: string }) =>
  runWrite(deps, ctx, { route: 'voidEvidence', params: { evidenceId }, body }, async (trx) => {
    const row = await lockEvidence(trx, evidenceId)
    if (!row) throw new AppError('not_found', 'No such evidence')
    if (row.voided_at) throw new AppError('invalid_state', 'This evidence is already void', { rule: 'AG-REQ' })
    await setEvidenceVoid(trx, { id: evidenceId, now: ctx.now, reason: body.reason })
    await appendAudit(trx, ctx.actor, {
      action: 'evidence.voided',
      entity: 'evidence',
      entityId: evidenceId,
      before: { voidedAt: null },
      after: { voidedAt: ctx.now },
      reason: body.reason,
    })
    return loadPartnerStatus(trx, deps, { partnerId: row.partner_id, now: ctx.now })
  })
