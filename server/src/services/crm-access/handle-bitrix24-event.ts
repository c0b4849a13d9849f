import { AppError, type TBitrix24EventBody } from '../../../../shared/src/contract'
import { isSamePortal } from '../../domain/crm-access/same-portal'
import { findInstallationRow } from '../../store/queries/installations'
import type { Deps } from '../deps'
import { refreshAccess } from './steps/refresh-access'

/**
 * A Bitrix24 event posted to the relay; ONAPPUNINSTALL revokes the portal's tokens (issue 12). The
 * event itself is not trusted: the relay asks the OAuth server to refresh the stored token, and
 * revokes only when that is refused — an uninstalled app's tokens no longer work. A forged event
 * about an installed app changes nothing but a routine refresh.
 * @throws not_found for an unknown portal, forbidden for another domain or a portal still installed.
 */
export const handleBitrix24Event = async (deps: Deps, body: TBitrix24EventBody, now: Date) => {
  if (body.event.toUpperCase() !== 'ONAPPUNINSTALL') return { handled: false }
  const installation = await findInstallationRow(deps.db, 'bitrix24', body['auth[member_id]'])
  if (!installation) throw new AppError('not_found', 'No installation of this portal')
  if (!isSamePortal(body['auth[domain]'], installation.domain)) {
    throw new AppError('forbidden', 'The event names another domain than the portal stored for this installation', { details: { reason: 'domain' } })
  }
  const outcome = await refreshAccess(deps, installation.id, now, { force: true, refusedAs: { state: 'revoked', problem: 'app-uninstalled' } })
  if (outcome.kind === 'unavailable') throw new AppError('unavailable', `The Bitrix24 OAuth server could not be asked (${outcome.reason})`)
  if (outcome.kind === 'token') {
    throw new AppError('forbidden', 'The OAuth server still honours this portal’s tokens: the app is installed', { details: { reason: 'still-installed' } })
  }
  return { handled: true, crmAccess: { state: outcome.state } }
}
