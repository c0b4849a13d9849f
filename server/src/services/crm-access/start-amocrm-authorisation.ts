import { AppError } from '../../../../shared/src/contract'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { crmAccessOf } from './steps/crm-access-settings'
import { linkedInstallationOf } from './steps/linked-installation'
import { signState } from './steps/oauth-state'

/**
 * The consent window a linked amoCRM installation opens to grant the relay server-side access
 * (issue 12): amoCRM's OAuth page for this integration, with a `state` the relay signed for this
 * installation; amoCRM redirects to `GET /v1/oauth/amocrm/callback` with it.
 */
export const startAmocrmAuthorisation = async (deps: Deps, ctx: Ctx) => {
  const { installationId } = linkedInstallationOf(ctx, 'amocrm')
  const { keys, amocrm } = crmAccessOf(deps)
  if (!amocrm) throw new AppError('invalid_state', 'amoCRM is not configured on this relay')
  const { state, expiresAt } = signState(keys, installationId, ctx.now)
  const url = new URL('https://www.amocrm.ru/oauth')
  url.search = new URLSearchParams({ client_id: amocrm.clientId, state, mode: 'post_message' }).toString()
  return { url: url.toString(), state, expiresAt: expiresAt.toISOString() }
}
