import type { CardState, CardStore } from '../../stores/create-card-store'

/** What every part of the card gets: the store to act on and its current state. */
export type CardProps = { store: CardStore; state: CardState }
