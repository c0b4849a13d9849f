import type { TPinState, TRegistration } from '../../../../shared/src/contract'
import type { RegistrationRow, RenewalRequestRow } from '../../store/queries/registrations'

const toRenewal = (row: RenewalRequestRow) => ({
  id: row.id,
  state: row.state,
  note: row.note,
  requestedAt: row.requested_at.toISOString(),
  decidedAt: row.decided_at?.toISOString() ?? null,
  reason: row.reason,
  validUntilBefore: row.valid_until_before,
  validUntilAfter: row.valid_until_after,
})

export const toRegistration = (row: RegistrationRow, renewal: RenewalRequestRow | undefined): TRegistration => ({
  id: row.id,
  kind: row.kind,
  source: row.source,
  accountNumber: row.account_number,
  clientName: row.client_name,
  partnerId: row.partner_id,
  partnerName: row.partner_name,
  state: row.state as TPinState,
  projectName: row.project_name,
  projectDiscountBps: row.project_discount_bps,
  validUntil: row.valid_until,
  requestedAt: row.requested_at.toISOString(),
  decidedAt: row.decided_at?.toISOString() ?? null,
  releasedAt: row.released_at?.toISOString() ?? null,
  reason: row.reason,
  renewal: renewal ? toRenewal(renewal) : null,
})
