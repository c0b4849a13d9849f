import { randomUUID } from 'node:crypto'
import { AppError, type TRecordEvidenceRequest } from '../../../../shared/src/contract'
import { getPartner } from '../../store/queries/partners'
import { insertEvidence } from '../../store/queries/statuses'
import { actorLabel } from '../actor-label'
import { appendAudit } from '../audit'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { runWrite } from '../run-write'
import { today } from '../today'
import { loadPartnerStatus } from './steps/load-partner-status'

/**
 * Vendor staff record evidence that a partner meets a requirement (AG-REQ): a certificate, a
 * testimonial, an event, a report, with the date it was obtained and, if it expires, until when.
 * @throws invalid_request for a future date or an end before it.
 */
export const recordEvidence = (deps: Deps, ctx: Ctx, partnerId: string, body: TRecordEvidenceRequest) =>
  runWrite(deps, ctx, { route: 'recordEvidence', params: { partnerId }, body }, async (trx) => {
    await getPartner(trx, partnerId)
    const field = (path: string, message: string) => new AppError('invalid_request', message, { rule: 'AG-REQ', details: { fields: [{ path, message }] } })
    if (body.recordedOn > today(deps, ctx)) throw field('recordedOn', `Evidence is dated on or before ${today(deps, ctx)}`)
    if (body.validUntil && body.validUntil < body.recordedOn) throw field('validUntil', 'Evidence cannot expire before its date')
    const id = randomUUID()
    const row = {
      id,
      partner_id: partnerId,
      requirement: body.requirement,
      recorded_on: body.recordedOn,
      valid_until: body.validUntil ?? null,
      note: body.note,
      recorded_by: actorLabel(ctx.actor),
      created_at: ctx.now,
    }
    await insertEvidence(trx, row)
    await appendAudit(trx, ctx.actor, { action: 'evidence.recorded', entity: 'evidence', entityId: id, after: row })
    return loadPartnerStatus(trx, deps, { partnerId, now: ctx.now })
  })
