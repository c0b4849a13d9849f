import type { TLedgerResponse, TOverviewResponse } from '../contract'
import { OVERVIEW_ROUTES } from '../contract/routes/overview'
import type { RelayCaller } from './create-relay-caller'

/** The overview page's reads, through the relay client's own transport; only the overview loads them. */
export const createOverviewClient = (caller: RelayCaller) => ({
  overview: (): Promise<TOverviewResponse> => caller.call(OVERVIEW_ROUTES.overview),
  ledger: (query: { partnerId?: string; cursor?: number; limit?: number } = {}): Promise<TLedgerResponse> => caller.call(OVERVIEW_ROUTES.ledger, { query }),
})
