import { lockCrmAccess, saveCrmAccess } from '../../../store/queries/crm-access'
import { inTransaction } from '../../../store/transaction'
import { appendAudit } from '../../audit'
import type { Actor } from '../../context'
import type { Deps } from '../../deps'
import { crmAccessOf, sealGrant } from './crm-access-settings'
import type { Grant } from './oauth-grants'

type Granted = { installationId: string; crm: 'amocrm' | 'bitrix24'; apiHost: string; grant: Grant; now: Date; actor: Actor | { kind: 'system' } }

/** Binds a new grant to its installation under the refresh lock, sealed, with its audit record (X-4, issue 12). */
export const storeGrant = async (deps: Deps, { installationId, crm, apiHost, grant, now, actor }: Granted) => {
  const { box } = crmAccessOf(deps)
  await inTransaction(deps.db, async (trx) => {
    const before = await lockCrmAccess(trx, installationId)
    await saveCrmAccess(trx, { installationId, crm, apiHost, sealed: sealGrant(box, installationId, grant), updatedAt: now })
    await appendAudit(trx, actor, {
      action: 'crm-access.granted',
      entity: 'installation',
      entityId: installationId,
      before: before ? { state: before.state } : undefined,
      after: { state: 'active', crm, apiHost },
    })
  })
  deps.logger.info({ installationId, crm }, 'CRM access granted')
  return { state: 'active' as const, updatedAt: now.toISOString() }
}
