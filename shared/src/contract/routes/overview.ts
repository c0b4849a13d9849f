import { ZLedgerQuery, ZLedgerResponse } from '../ledger'
import { ZOverviewResponse } from '../overview'
import { spec } from './route-spec'

/**
 * What the overview page reads: what waits for the caller, and the partner's ledger statement. Its
 * own group, so a card page never carries these answers' schemas.
 */
export const OVERVIEW_ROUTES = spec({
  overview: { method: 'get', path: '/v1/overview', caller: 'crm', response: ZOverviewResponse, status: 200 },
  ledger: { method: 'get', path: '/v1/ledger', caller: 'crm', query: ZLedgerQuery, response: ZLedgerResponse, status: 200 },
})
