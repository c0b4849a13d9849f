import type { TRenewalsResponse } from '../contract'
import { RENEWAL_ROUTES } from '../contract/routes/renewals'
import type { RelayCaller } from './create-relay-caller'

/** The renewals list's call (AT-1.6 prolongation), through the relay client's own transport; only that part loads it. */
export const createRenewalClient = (caller: RelayCaller) => ({
  renewals: (): Promise<TRenewalsResponse> => caller.call(RENEWAL_ROUTES.renewals),
})

export type RenewalClient = ReturnType<typeof createRenewalClient>
