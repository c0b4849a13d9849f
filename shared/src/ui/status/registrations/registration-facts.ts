import type { TRegistration } from '../../../contract/registrations'
import type { LeadPartner } from '../../../stores/create-registrations-store'

/** Where a registration stands (AG-4); 'lapsed': its last day has passed, the relay has not ended it yet. */
export type Standing = 'requested' | 'active' | 'lapsed' | 'expired' | 'released' | 'rejected'

export const standingOf = (registration: TRegistration, today: string): Standing => {
  const { state, validUntil, reason } = registration
  if (state === 'approved') return validUntil && validUntil < today ? 'lapsed' : 'active'
  if (state === 'released') return reason === 'expired' ? 'expired' : 'released'
  return state
}

/** Calendar days from today to the last protected day, both 'YYYY-MM-DD' in the program's zone. */
export const daysLeft = (validUntil: string, today: string) => Math.round((Date.parse(validUntil) - Date.parse(today)) / 86_400_000)

/** The relay extends an approved registration that has a validity and no request waiting (AG-4). */
export const canRenew = ({ state, validUntil, renewal }: TRegistration) => state === 'approved' && validUntil !== null && renewal?.state !== 'pending'

/** A project registration still live takes a discount from vendor staff (AG-DISC "per project"). */
export const takesDiscount = ({ kind, state }: TRegistration) => kind === 'project' && (state === 'requested' || state === 'approved')

/** "12,5" or "12.5" percent → 1250 basis points, as the contract takes it; null unless 0–100 with at most two decimals. */
export const percentToBps = (text: string): number | null => {
  const match = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text.trim())
  if (!match) return null
  const bps = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'))
  return bps <= 10_000 ? bps : null
}

/** Why a partner is not offered a lead (AG-PRIV), or null when it is. */
export const leadBar = ({ partner, leads }: LeadPartner): 'expelled' | 'onRequest' | 'none' | null =>
  partner.state === 'expelled' ? 'expelled' : leads === true ? null : leads === 'on-request' ? 'onRequest' : 'none'
