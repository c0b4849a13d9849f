import { AppError, CRM_ENTITY_TYPES, type TCrmWriteSettings } from '../../../../shared/src/contract'
import { findCrmWriteSettings, saveCrmWriteSettings } from '../../store/queries/crm-writes'
import { appendAudit } from '../audit'
import type { Ctx } from '../context'
import { linkedInstallationOf } from '../crm-access/steps/linked-installation'
import type { Deps } from '../deps'
import { runWrite } from '../run-write'
import { crmWritesView } from './steps/crm-writes-view'

const refuse = (path: string, message: string) => new AppError('invalid_request', message, { details: { fields: [{ path, message }] } })

/**
 * Chooses what the relay writes into the caller's own CRM (issue 12). A partner's CRM gets tasks
 * and notes about its own clients; vendor staff's CRM gets tasks for new pin requests; the card
 * kind must be one the CRM has.
 * @throws invalid_request naming the field: a card kind the CRM lacks, or a write this role never gets.
 */
export const setCrmWriteSettings = (deps: Deps, ctx: Ctx, body: TCrmWriteSettings) =>
  runWrite(deps, ctx, { route: 'setCrmWriteSettings', body }, async (trx) => {
    const actor = linkedInstallationOf(ctx)
    const kinds: readonly string[] = CRM_ENTITY_TYPES[actor.crm]
    if (!kinds.includes(body.entityType)) throw refuse('entityType', `${actor.crm === 'amocrm' ? 'amoCRM' : 'Bitrix24'} cards are ${kinds.join(', ')}`)
    if (actor.kind === 'partner' && body.pinRequestTasks) throw refuse('pinRequestTasks', 'Only vendor staff get a task for each new pin request')
    if (actor.kind === 'vendor') {
      const partnerOnly = (['transferTasks', 'pinNotes', 'violationNotes'] as const).find((name) => body[name])
      if (partnerOnly) throw refuse(partnerOnly, 'A partner’s CRM gets these writes, not vendor staff’s')
    }
    const before = await findCrmWriteSettings(trx, actor.installationId)
    await saveCrmWriteSettings(trx, actor.installationId, body, ctx.now)
    await appendAudit(trx, actor, {
      action: 'crm-writes.settings',
      entity: 'installation',
      entityId: actor.installationId,
      before: before ?? undefined,
      after: body,
    })
    return crmWritesView(trx, actor.installationId)
  })
