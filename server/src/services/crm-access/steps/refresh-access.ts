import { AppError } from '../../../../../shared/src/contract'
import { isRefreshDue } from '../../../domain/crm-access/refresh-due'
import type { Trx } from '../../../store/db'
import { lockCrmAccess, saveCrmAccess, stopCrmAccess } from '../../../store/queries/crm-access'
import { inTransaction } from '../../../store/transaction'
import { appendAudit } from '../../audit'
import type { Deps } from '../../deps'
import { crmAccessOf, sealContext, sealGrant } from './crm-access-settings'
import { type GrantOutcome, refreshAmocrm, refreshBitrix24 } from './oauth-grants'

export type AccessOutcome =
  | { kind: 'token'; accessToken: string; apiHost: string; crm: 'amocrm' | 'bitrix24' }
  | { kind: 'stopped'; state: 'none' | 'needs-reauthorisation' | 'revoked'; problem?: string }
  | { kind: 'unavailable'; reason: string }

type Options = {
  /** Refresh although the access token is still fresh: the check an uninstall event gets. */
  force?: boolean
  /** The state a refused refresh leaves: a refusal after an uninstall event is a revocation. */
  refusedAs?: { state: 'needs-reauthorisation' | 'revoked'; problem?: string }
}

type Row = NonNullable<Awaited<ReturnType<typeof lockCrmAccess>>>

const askOAuthServer = (deps: Deps, row: Row, refreshToken: string, now: Date): Promise<GrantOutcome> => {
  const settings = crmAccessOf(deps)
  if (row.crm === 'amocrm') {
    if (!settings.amocrm)
      throw new AppError('invalid_state', 'amoCRM is not configured on this relay: set AMOCRM_CLIENT_ID, AMOCRM_CLIENT_SECRET and AMOCRM_REDIRECT_URI')
    return refreshAmocrm(settings.amocrm, row.api_host, refreshToken, now)
  }
  const client = settings.bitrix24.client
  if (!client) throw new AppError('invalid_state', 'Bitrix24 OAuth is not configured on this relay: set B24_CLIENT_ID and B24_CLIENT_SECRET')
  return refreshBitrix24({ oauthUrl: settings.bitrix24.oauthUrl, ...client }, refreshToken, now)
}

const readRefreshAndStore = async (deps: Deps, trx: Trx, installationId: string, now: Date, options: Options): Promise<AccessOutcome> => {
  const row = await lockCrmAccess(trx, installationId)
  if (!row) return { kind: 'stopped', state: 'none' }
  if (row.state !== 'active') return { kind: 'stopped', state: row.state, problem: row.problem ?? undefined }
  const { box } = crmAccessOf(deps)
  const stored = { crm: row.crm, apiHost: row.api_host }
  if (!options.force && !isRefreshDue(row.access_expires_at!, now)) {
    return { kind: 'token', accessToken: box.open(row.access_token!, sealContext(installationId, 'access')), ...stored }
  }
  const outcome = await askOAuthServer(deps, row, box.open(row.refresh_token!, sealContext(installationId, 'refresh')), now)
  if (outcome.kind === 'unavailable') return outcome
  if (outcome.kind === 'refused') {
    const state = options.refusedAs?.state ?? 'needs-reauthorisation'
    const problem = options.refusedAs?.problem ?? outcome.problem
    await stopCrmAccess(trx, { installationId, state, problem, updatedAt: now })
    await appendAudit(trx, { kind: 'system' }, { action: `crm-access.${state}`, entity: 'installation', entityId: installationId, reason: problem })
    deps.logger.warn({ installationId, crm: row.crm, problem }, 'CRM refused the refresh token: the installation needs re-authorisation')
    return { kind: 'stopped', state, problem }
  }
  // Stored under the current key: a refresh also moves the tokens off a retired key.
  await saveCrmAccess(trx, { installationId, crm: row.crm, apiHost: row.api_host, sealed: sealGrant(box, installationId, outcome.grant), updatedAt: now })
  return { kind: 'token', accessToken: outcome.grant.accessToken, ...stored }
}

/**
 * Reads an installation's access token, refreshing it first when it is about to end, single-flight
 * across relays (issue 12): the transaction-scoped advisory lock is held around read, refresh and
 * store, so a relay that waited reads what the first one stored and never spends the rotated
 * refresh token a second time. The OAuth call runs under the lock, bounded by the outbound timeout.
 */
export const refreshAccess = (deps: Deps, installationId: string, now: Date, options: Options = {}): Promise<AccessOutcome> =>
  inTransaction(deps.db, (trx) => readRefreshAndStore(deps, trx, installationId, now, options))

/**
 * The access token to call an installation's CRM with, and the only host to call.
 * @throws invalid_state (details.crmAccess) when access is not granted, refused or revoked;
 *   unavailable while the OAuth server cannot be asked (the stored tokens stay).
 */
export const freshAccessToken = async (deps: Deps, installationId: string, now: Date) => {
  const outcome = await refreshAccess(deps, installationId, now)
  if (outcome.kind === 'token') return outcome
  if (outcome.kind === 'unavailable') throw new AppError('unavailable', `The CRM's OAuth server could not be asked (${outcome.reason}): try again later`)
  throw new AppError('invalid_state', `The relay has no access to this CRM (${outcome.state})`, { details: { crmAccess: outcome.state } })
}
