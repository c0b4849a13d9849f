import { ZRenewalsResponse } from '../renewals'
import { spec } from './route-spec'

/** The renewals list (AT-1.6 prolongation): a lazily loaded part of the overview, so its own group. */
export const RENEWAL_ROUTES = spec({
  renewals: { method: 'get', path: '/v1/renewals', caller: 'crm', response: ZRenewalsResponse, status: 200 },
})
