import { DomainError } from '../domain-error'
import { assertInTerritory } from '../territory/assert-in-territory'
import { checkStanding } from '../violations/check-standing'

export type PinCheckInput = {
  partner: { id: string; state: string; countries: string[]; extraCountries: string[] }
  client: { accountNumber: string; isDemo: boolean; country: string; negotiationOpen: boolean }
  /** The account's live pin (requested or approved), whoever holds it. */
  livePin: { partnerId: string; state: string } | null
  enforceTerritory: boolean
  /** The rule a refusal while expulsion is pending cites (the program's `violations.statusRule`). */
  statusRule: string
}

/**
 * Decides whether a partner may request a pin on a client account (AT-1.2).
 * Returns 'own' when the caller already holds the live pin, so a repeated request is harmless.
 * @throws partner_expelled (AT-4.1), partner_expulsion_pending (AT-4.1, AG-1.5), demo_account (AT-3.2), outside_territory (AG-1.3),
 *   pin_conflict (AT-1.2a) for a direct negotiation or another partner's live pin or request.
 */
export const checkPinRequest = ({ partner, client, livePin, enforceTerritory, statusRule }: PinCheckInput): 'new' | 'own' => {
  if (partner.state === 'expelled') {
    throw new DomainError('partner_expelled', 'The partner has been expelled from the program and cannot pin clients', { rule: 'AT-4.1' })
  }
  checkStanding({ state: partner.state, statusRule })
  if (client.isDemo) {
    throw new DomainError('demo_account', 'This is a demo account: it cannot be pinned or invoiced', { rule: 'AT-3.2' })
  }
  assertInTerritory({ enforce: enforceTerritory, partner, country: client.country })
  if (livePin?.partnerId === partner.id) return 'own'
  if (client.negotiationOpen) {
    throw new DomainError('pin_conflict', 'The vendor is negotiating with this client directly', {
      rule: 'AT-1.2a',
      details: { reason: 'direct-negotiation' },
    })
  }
  if (livePin) {
    const reason = livePin.state === 'approved' ? 'pinned-to-other' : 'requested-by-other'
    throw new DomainError('pin_conflict', 'The client is pinned to another partner or awaits a decision on their request', {
      rule: 'AT-1.2a',
      details: { reason },
    })
  }
  return 'new'
}
