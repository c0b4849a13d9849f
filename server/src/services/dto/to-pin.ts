import type { TPin, TPinState } from '../../../../shared/src/contract'

export type PinRow = {
  id: string
  account_number: string
  partner_id: string
  partner_name: string
  state: string
  reason: string | null
  reference: string | null
  requested_at: Date
  decided_at: Date | null
  released_at: Date | null
}

export const toPin = (row: PinRow): TPin => ({
  id: row.id,
  accountNumber: row.account_number,
  partnerId: row.partner_id,
  partnerName: row.partner_name,
  state: row.state as TPinState,
  reason: row.reason,
  reference: row.reference,
  requestedAt: row.requested_at.toISOString(),
  decidedAt: row.decided_at?.toISOString() ?? null,
  releasedAt: row.released_at?.toISOString() ?? null,
})
