import type { TSystemReason } from '../../../../../shared/src/contract'
import { certificateValidUntil } from '../../../domain/statuses/certificate-valid-until'
import { rankOf } from '../../../domain/statuses/rank-of'
import type { Trx } from '../../../store/db'
import { lockPartner, updatePartner } from '../../../store/queries/partners'
import { insertStatusHistory, reasonCodeColumns } from '../../../store/queries/statuses'
import type { StatusSource } from '../../../store/schema'
import { appendAudit } from '../../audit'
import type { Actor } from '../../context'
import type { Deps } from '../../deps'

export type StatusMove = {
  actor: Actor | { kind: 'system' }
  now: Date
  partnerId: string
  toStatus: string
  effectiveOn: string
  validUntil: string | null
  source: StatusSource
  sourceId?: string
  reason: string
  /** Set when the relay worded the reason itself; absent for a reason vendor staff typed. */
  systemReason?: TSystemReason
}

/**
 * Puts a partner in a status from a date, with the history row and the audit record. Reaching
 * the authorization status for the first time issues the certificate (AG-3.1); falling below it
 * withdraws the authorization. A decided status settles any flagged renewal (AG-3.2).
 */
export const applyStatus = async (trx: Trx, deps: Deps, move: StatusMove) => {
  const partner = await lockPartner(trx, move.partnerId)
  const authorization = deps.program.authorization
  const isAuthorizedStatus = authorization ? rankOf(deps.program, move.toStatus) >= rankOf(deps.program, authorization.status) : false
  const authorized =
    !authorization || (isAuthorizedStatus && partner.authorized_on)
      ? {}
      : isAuthorizedStatus
        ? {
            authorized_on: move.effectiveOn,
            certificate_valid_until: certificateValidUntil({ issuedOn: move.effectiveOn, monthDay: authorization.certificateValidUntil }),
          }
        : { authorized_on: null, certificate_valid_until: null }
  await updatePartner(trx, move.partnerId, {
    status: move.toStatus,
    status_valid_until: move.validUntil,
    renewal_flags: '[]',
    updated_at: move.now,
    ...authorized,
  })
  await insertStatusHistory(trx, {
    partner_id: move.partnerId,
    from_status: partner.status,
    to_status: move.toStatus,
    effective_on: move.effectiveOn,
    valid_until: move.validUntil,
    source: move.source,
    source_id: move.sourceId ?? null,
    reason: move.reason,
    ...reasonCodeColumns(move.systemReason),
    recorded_at: move.now,
  })
  await appendAudit(trx, move.actor, {
    action: 'partner.status-changed',
    entity: 'partner',
    entityId: move.partnerId,
    before: { status: partner.status, statusValidUntil: partner.status_valid_until, authorizedOn: partner.authorized_on },
    after: { status: move.toStatus, statusValidUntil: move.validUntil, effectiveOn: move.effectiveOn, source: move.source, ...authorized },
    reason: move.reason,
  })
}
