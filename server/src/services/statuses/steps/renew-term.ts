import type { TSystemReason } from '../../../../../shared/src/contract'
import { addDays } from '../../../domain/invoices/add-months'
import type { RenewalKind } from '../../../domain/statuses/due-renewals'
import { renewedUntil } from '../../../domain/statuses/renewed-until'
import type { Trx } from '../../../store/db'
import { type PartnerRow, updatePartner } from '../../../store/queries/partners'
import { insertStatusHistory, reasonCodeColumns } from '../../../store/queries/statuses'
import { appendAudit } from '../../audit'
import type { Actor } from '../../context'

type Renewal = {
  actor: Actor | { kind: 'system' }
  now: Date
  today: string
  partner: PartnerRow
  kind: RenewalKind
  dueOn: string
  reason: string
  /** Set when the relay renewed by itself; vendor staff renewing give only their own `reason`. */
  systemReason?: TSystemReason
}

/**
 * Extends a yearly term due on `dueOn` by a year (AG-3.2: the certificate; AG-3.3a: a Silver term)
 * and drops its renewal flag; the history keeps a row for a renewed status.
 */
export const renewTerm = async (trx: Trx, { actor, now, today, partner, kind, dueOn, reason, systemReason }: Renewal) => {
  const until = renewedUntil({ dueOn, today })
  const flags = partner.renewal_flags.filter((flag) => flag.kind !== kind)
  const term = kind === 'certificate' ? { certificate_valid_until: until } : { status_valid_until: until }
  await updatePartner(trx, partner.id, { ...term, renewal_flags: JSON.stringify(flags), updated_at: now })
  if (kind === 'status') {
    await insertStatusHistory(trx, {
      partner_id: partner.id,
      from_status: partner.status,
      to_status: partner.status,
      effective_on: addDays(dueOn, 1),
      valid_until: until,
      source: 'renewal',
      reason,
      ...reasonCodeColumns(systemReason),
      recorded_at: now,
    })
  }
  await appendAudit(trx, actor, {
    action: kind === 'certificate' ? 'partner.certificate-renewed' : 'partner.status-renewed',
    entity: 'partner',
    entityId: partner.id,
    before: { validUntil: dueOn },
    after: { validUntil: until },
    reason,
  })
}
