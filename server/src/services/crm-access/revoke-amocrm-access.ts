import { createHmac, timingSafeEqual } from 'node:crypto'
import { AppError, type TAmocrmDisabledQuery } from '../../../../shared/src/contract'
import { findInstallationRow } from '../../store/queries/installations'
import type { Deps } from '../deps'
import { revokeStored } from './steps/revoke-stored'

/**
 * amoCRM's "integration disabled" webhook (issue 12): genuine when `signature` is the HMAC-SHA256 of
 * `client_uuid|account_id` under the integration's secret; the account's tokens are then erased.
 * @throws forbidden for another integration or a bad signature.
 */
export const revokeAmocrmAccess = async (deps: Deps, query: TAmocrmDisabledQuery, now: Date) => {
  const amocrm = deps.crmAccess?.amocrm
  if (!amocrm) throw new AppError('invalid_state', 'amoCRM is not configured on this relay')
  const expected = createHmac('sha256', amocrm.clientSecret).update(`${query.client_uuid}|${query.account_id}`).digest('hex')
  if (query.client_uuid !== amocrm.clientId || !timingSafeEqual(Buffer.from(expected), Buffer.from(query.signature))) {
    throw new AppError('forbidden', 'The webhook is not signed by this amoCRM integration', { details: { reason: 'signature' } })
  }
  const installation = await findInstallationRow(deps.db, 'amocrm', query.account_id)
  if (!installation) return { crmAccess: { state: 'none' as const } }
  return { crmAccess: await revokeStored(deps, { installationId: installation.id, problem: 'integration-disabled', now }) }
}
