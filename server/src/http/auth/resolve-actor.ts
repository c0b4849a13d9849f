import { AppError, type Caller } from '../../../../shared/src/contract'
import type { Actor } from '../../services/context'
import type { InstallationRow } from '../http-deps'
import type { CrmIdentity } from './crm-identity'

export const notLinked = () => new AppError('forbidden', 'This CRM account is not linked to the relay yet: enter a link code in the widget settings')

const ROLE_REFUSAL = {
  partner: 'Only partner installations may do this',
  vendor: "Only the vendor's staff installations may do this",
} as const

export const revoked = () =>
  new AppError('installation_revoked', "Vendor staff revoked this CRM account's access to the relay: ask the vendor for a new link code")

/**
 * Turns a verified CRM identity into the actor the services see, enforcing the role the route needs.
 * @throws AppError forbidden when the account is not linked or has another role; installation_revoked
 *   when vendor staff revoked it (issue 10): only linking again with a new code is open to it
 */
export const resolveActor = (options: { identity: CrmIdentity; installation: InstallationRow | null; caller: Caller }): Actor => {
  const { identity, installation, caller } = options
  const { crm, account, userId, domain } = identity
  // Linking is also allowed for a linked account: whether it may re-link is the service's decision.
  if (caller === 'unlinked-crm') return { kind: 'unlinked', crm, account, domain, userId }
  if (!installation) throw notLinked()
  if (installation.isRevoked) throw revoked()
  if ((caller === 'partner' || caller === 'vendor') && installation.role !== caller) {
    throw new AppError('forbidden', ROLE_REFUSAL[caller])
  }
  const linked = { crm, account, userId, installationId: installation.id }
  if (installation.role === 'vendor') return { kind: 'vendor', ...linked }
  if (!installation.partnerId) throw new Error(`Partner installation ${installation.id} has no partner id`)
  return { kind: 'partner', ...linked, partnerId: installation.partnerId }
}
