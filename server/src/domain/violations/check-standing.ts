import type { TPartnerState } from '../../../../shared/src/contract'
import { DomainError } from '../domain-error'

/** Expelled, or waiting for staff to confirm the expulsion a repeat violation calls for (AT-4.1, AG-1.5). */
export const isLosingStatus = (state: string) => state === 'expulsion_pending' || state === 'expelled'

/**
 * Whether a partner may take on new business: register a client, request a pin, register a deal or
 * receive a vendor lead (AT-4.1, AG-1.5). A repeat violation takes the status away «без права
 * восстановления»; staff confirming the expulsion is a safety net, not a grace period, so nothing new
 * is taken while it is pending. Invoices and client payments for clients the partner already holds
 * go on: it still owes the vendor for what its clients paid (AT-1.6).
 * @throws partner_expelled (AT-4.1); partner_expulsion_pending citing the program's `statusRule`.
 */
export const checkStanding = ({ state, statusRule }: { state: TPartnerState | string; statusRule: string }): void => {
  if (state === 'expelled') {
    throw new DomainError('partner_expelled', 'The partner has been expelled from the program', { rule: 'AT-4.1' })
  }
  if (state === 'expulsion_pending') {
    throw new DomainError(
      'partner_expulsion_pending',
      'The partner awaits expulsion for a repeat violation: no new clients, pins or deal registrations; invoices and client payments for its clients go on',
      { rule: statusRule },
    )
  }
}
