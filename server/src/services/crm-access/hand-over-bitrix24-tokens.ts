import { AppError, type TBitrix24TokensRequest } from '../../../../shared/src/contract'
import { isSamePortal } from '../../domain/crm-access/same-portal'
import { findInstallationById } from '../../store/queries/crm-access'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { crmAccessOf } from './steps/crm-access-settings'
import { linkedInstallationOf } from './steps/linked-installation'
import { refreshBitrix24 } from './steps/oauth-grants'
import { storeGrant } from './steps/store-grant'

const refused = (message: string, reason: string) => new AppError('forbidden', message, { details: { reason } })

/**
 * The Bitrix24 install page hands the relay its installation's refresh token once (issue 12). The
 * portal it names must be the one stored at link time, the only one the relay ever calls. The relay
 * refreshes at once through the OAuth server (B24_OAUTH_URL): the pair it gets, for the member_id the
 * server names, is what it keeps — a refresh token that is not this app's for this portal binds nothing.
 * @throws forbidden (details.reason: member_id, domain, refresh_token), invalid_state, unavailable.
 */
export const handOverBitrix24Tokens = async (deps: Deps, ctx: Ctx, body: TBitrix24TokensRequest) => {
  const actor = linkedInstallationOf(ctx, 'bitrix24')
  if (body.memberId !== actor.account) throw refused('The member_id is not the calling installation’s', 'member_id')
  const installation = await findInstallationById(deps.db, actor.installationId)
  if (!installation || !isSamePortal(body.domain, installation.domain)) {
    throw refused('The domain is not the portal stored when this installation was linked: the relay calls no other', 'domain')
  }
  const { bitrix24 } = crmAccessOf(deps)
  if (!bitrix24.client) throw new AppError('invalid_state', 'Bitrix24 OAuth is not configured on this relay: set B24_CLIENT_ID and B24_CLIENT_SECRET')
  const outcome = await refreshBitrix24({ oauthUrl: bitrix24.oauthUrl, ...bitrix24.client }, body.refreshToken, ctx.now)
  if (outcome.kind === 'unavailable') throw new AppError('unavailable', `The Bitrix24 OAuth server could not be asked (${outcome.reason}): try again`)
  if (outcome.kind === 'refused') throw refused(`The Bitrix24 OAuth server refused the refresh token (${outcome.problem})`, 'refresh_token')
  // The answer's `domain` is the OAuth server's own; the portal is the host of its `client_endpoint`.
  const { memberId, portalHost } = outcome.grant
  if (memberId !== actor.account || (portalHost && !isSamePortal(portalHost, installation.domain))) {
    throw refused('The OAuth server says these tokens belong to another portal', 'refresh_token')
  }
  const crmAccess = await storeGrant(deps, {
    installationId: installation.id,
    crm: 'bitrix24',
    apiHost: installation.domain,
    grant: outcome.grant,
    now: ctx.now,
    actor,
  })
  return { crmAccess }
}
