import type { TPin, TPinState } from '../../../../shared/src/contract'

export type PinRow = {
  id: string
  account_number: string
  partner_id: string
  partner_name: string
  client_name: string
  state: string
  reason: string | null
  reference: string | null
  // Dates from a row, ISO strings from a JSON aggregate.
  requested_at: Date | string
  decided_at: Date | string | null
  released_at: Date | string | null
  client_confirmed: boolean
  client_confirmation_note: string | null
}

const iso = (value: Date | string) => new Date(value).toISOString()

export const toPin = (row: PinRow): TPin => ({
  id: row.id,
  accountNumber: row.account_number,
  partnerId: row.partner_id,
  partnerName: row.partner_name,
  clientName: row.client_name,
  state: row.state as TPinState,
  reason: row.reason,
  reference: row.reference,
  requestedAt: iso(row.requested_at),
  decidedAt: row.decided_at === null ? null : iso(row.decided_at),
  releasedAt: row.released_at === null ? null : iso(row.released_at),
  confirmedWithClient: row.client_confirmed,
  confirmationNote: row.client_confirmation_note,
})
