import { certificateValidUntil } from '../../../domain/statuses/certificate-valid-until'
import { rankOf } from '../../../domain/statuses/rank-of'
import { statusValidUntil } from '../../../domain/statuses/status-valid-until'
import { enteredReason } from '../../../domain/statuses/system-reasons'
import type { Trx } from '../../../store/db'
import { updatePartner } from '../../../store/queries/partners'
import { insertStatusHistory, reasonCodeColumns } from '../../../store/queries/statuses'
import type { Deps } from '../../deps'

/**
 * The status a partner is entered with opens its history. Vendor staff entering an existing partner
 * at an authorized status (moving a partner list into the relay) authorize it from today (AG-3.1).
 */
export const recordInitialStatus = async (
  trx: Trx,
  deps: Deps,
  { now, today, partnerId, status }: { now: Date; today: string; partnerId: string; status: string },
) => {
  const rule = deps.program.authorization
  if (!rule) return
  const validUntil = statusValidUntil({ program: deps.program, status, effectiveOn: today })
  const isAuthorized = rankOf(deps.program, status) >= rankOf(deps.program, rule.status)
  const authorized = isAuthorized
    ? { authorized_on: today, certificate_valid_until: certificateValidUntil({ issuedOn: today, monthDay: rule.certificateValidUntil }) }
    : {}
  await updatePartner(trx, partnerId, { status_valid_until: validUntil, ...authorized })
  const { reason, systemReason } = enteredReason()
  await insertStatusHistory(trx, {
    partner_id: partnerId,
    from_status: null,
    to_status: status,
    effective_on: today,
    valid_until: validUntil,
    source: 'created',
    reason,
    ...reasonCodeColumns(systemReason),
    recorded_at: now,
  })
}
