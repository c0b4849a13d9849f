import { isNotLinked } from '../../client/relay-error'
import type { TPartnerCard, TVendorCard } from '../../contract'
import type { CardState } from '../../stores/create-card-store'

export type CardView =
  | { kind: 'loading' }
  | { kind: 'not-configured' }
  | { kind: 'not-linked' }
  | { kind: 'failed' }
  | { kind: 'no-account' }
  | { kind: 'not-registered' }
  | { kind: 'pinned-to-other' }
  | { kind: 'partner'; card: TPartnerCard }
  | { kind: 'vendor'; card: TVendorCard }

/** Which screen the card shows, decided in one place from the store's state. */
export const cardView = (state: CardState): CardView => {
  if (state.phase === 'loading') return { kind: 'loading' }
  if (state.error?.code === 'not_configured') return { kind: 'not-configured' }
  // Before /v1/me answers, a refusal is about the account; after it, about one action or client.
  if (!state.me && isNotLinked(state.error)) return { kind: 'not-linked' }
  if (state.phase === 'failed') return { kind: 'failed' }
  if (!state.accountNumber) return { kind: 'no-account' }
  if (!state.isRegistered || !state.card) return { kind: 'not-registered' }
  if ('pinnedToOther' in state.card) return { kind: 'pinned-to-other' }
  return state.card.view === 'partner' ? { kind: 'partner', card: state.card } : { kind: 'vendor', card: state.card }
}
