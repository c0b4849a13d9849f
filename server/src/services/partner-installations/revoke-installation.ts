import { AppError, type TCrm } from '../../../../shared/src/contract'
import { lockPartnerInstallation, setInstallationRevoked } from '../../store/queries/installations'
import { getPartner } from '../../store/queries/partners'
import { appendAudit } from '../audit'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { toPartnerInstallation } from '../dto/to-partner-installation'
import { runWrite } from '../run-write'

/**
 * Vendor staff take a CRM account's access away (an employee left, a portal was sold), with the
 * reason: its next request is refused `installation_revoked`. The partner, its other installations
 * and its records stay; the account may be linked again with a new code. This relay forgets the
 * account at once; others within their cache's life (`cached-installations.ts`).
 * @throws not_found for a partner, or an installation not linked to that partner; invalid_state when revoked already
 */
export const revokeInstallation = async (
  deps: Deps,
  ctx: Ctx,
  input: { partnerId: string; installationId: string; reason: string },
  route = 'revokeInstallation',
) => {
  const { partnerId, installationId, reason } = input
  const answer = await runWrite(deps, ctx, { route, params: { partnerId, installationId }, body: { reason } }, async (trx) => {
    await getPartner(trx, partnerId)
    const row = await lockPartnerInstallation(trx, partnerId, installationId)
    if (!row) throw new AppError('not_found', 'This partner has no such installation')
    if (row.revoked_at) throw new AppError('invalid_state', `This installation was revoked already, on ${row.revoked_at.toISOString()}`)
    await setInstallationRevoked(trx, installationId, { at: ctx.now, reason })
    await appendAudit(trx, ctx.actor, {
      action: 'installation.revoked',
      entity: 'installation',
      entityId: installationId,
      before: { partnerId, revokedAt: null },
      after: { partnerId, revokedAt: ctx.now },
      reason,
    })
    return { installation: toPartnerInstallation({ ...row, revoked_at: ctx.now, revoked_reason: reason }), crm: row.crm as TCrm, account: row.account }
  })
  deps.forgetInstallation?.(answer.crm, answer.account)
  return { installation: answer.installation }
}
