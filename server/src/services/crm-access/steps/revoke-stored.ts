import { lockCrmAccess, stopCrmAccess } from '../../../store/queries/crm-access'
import { inTransaction } from '../../../store/transaction'
import { appendAudit } from '../../audit'
import type { Deps } from '../../deps'

/** Erases an installation's tokens after the CRM said the integration is gone (issue 12). */
export const revokeStored = async (deps: Deps, { installationId, problem, now }: { installationId: string; problem: string; now: Date }) => {
  const state = await inTransaction(deps.db, async (trx) => {
    const row = await lockCrmAccess(trx, installationId)
    if (!row) return 'none' as const
    if (row.state !== 'active') return row.state
    await stopCrmAccess(trx, { installationId, state: 'revoked', problem, updatedAt: now })
    await appendAudit(trx, { kind: 'system' }, { action: 'crm-access.revoked', entity: 'installation', entityId: installationId, reason: problem })
    return 'revoked' as const
  })
  if (state === 'revoked') deps.logger.info({ installationId, problem }, 'CRM access revoked')
  return { state }
}
