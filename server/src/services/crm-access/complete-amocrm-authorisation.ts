import { AppError, type TAmocrmCallbackQuery } from '../../../../shared/src/contract'
import { amocrmAccountHost } from '../../domain/crm-access/amocrm-account-host'
import { findInstallationById } from '../../store/queries/crm-access'
import type { Deps } from '../deps'
import { crmAccessOf } from './steps/crm-access-settings'
import { amocrmAccountId, exchangeAmocrmCode } from './steps/oauth-grants'
import { verifyState } from './steps/oauth-state'
import { storeGrant } from './steps/store-grant'

const refused = (message: string, reason: string) => new AppError('forbidden', message, { details: { reason } })

/**
 * amoCRM's redirect after consent (`GET /v1/oauth/amocrm/callback`, issue 12). Before the code goes
 * anywhere: `client_id` is this integration, `state` is one the relay signed and is unexpired, and
 * `referer` is an amoCRM domain of the account the state's installation linked. After the exchange
 * the token must open that very account (`/api/v4/account`); only then are the tokens bound.
 * @throws forbidden (details.reason: client_id, state, referer, account), unavailable.
 */
export const completeAmocrmAuthorisation = async (deps: Deps, query: TAmocrmCallbackQuery, now: Date) => {
  const { keys, amocrm } = crmAccessOf(deps)
  if (!amocrm) throw new AppError('invalid_state', 'amoCRM is not configured on this relay')
  if (query.client_id !== amocrm.clientId) throw refused('The redirect is for another amoCRM integration (client_id)', 'client_id')
  const installationId = verifyState(keys, query.state, now)
  const installation = await findInstallationById(deps.db, installationId)
  if (installation?.crm !== 'amocrm') throw refused('The state names no linked amoCRM installation: link the account again', 'state')
  const host = amocrmAccountHost(query.referer, installation.domain)
  if (!host.ok) {
    const why = host.reason === 'not-amocrm' ? 'is not an amoCRM account domain' : 'is not the amoCRM account this installation linked'
    throw refused(`The referer ${why}`, 'referer')
  }
  const outcome = await exchangeAmocrmCode(amocrm, host.host, query.code, now)
  if (outcome.kind === 'unavailable') throw new AppError('unavailable', `amoCRM could not be asked (${outcome.reason}): grant access again in a minute`)
  if (outcome.kind === 'refused') throw refused(`amoCRM refused the code (${outcome.problem}): grant access again from the widget settings`, 'code')
  if ((await amocrmAccountId(host.host, outcome.grant.accessToken)) !== installation.account) {
    throw refused('The token amoCRM gave opens another account than the linked one', 'account')
  }
  const crmAccess = await storeGrant(deps, { installationId, crm: 'amocrm', apiHost: host.host, grant: outcome.grant, now, actor: { kind: 'system' } })
  return { crmAccess }
}
