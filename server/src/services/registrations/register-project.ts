import { randomUUID } from 'node:crypto'
import { AppError, type TRegisterProjectRequest } from '../../../../shared/src/contract'
import { checkPinRequest } from '../../domain/pins/check-pin-request'
import { checkRegistrationRights } from '../../domain/statuses/check-registration-rights'
import { isUniqueViolation } from '../../store/create-db'
import { getClient } from '../../store/queries/clients'
import { getPartner } from '../../store/queries/partners'
import { findLivePin } from '../../store/queries/pins'
import { requirePartner } from '../actor'
import { appendAudit } from '../audit'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { effectiveStatusOf } from '../partners/effective-status-of'
import { runWrite } from '../run-write'
import { today } from '../today'
import { loadRegistration } from './load-registration'
import { protectedUntil } from './protected-until'

/**
 * A partner registers a project (a tender, a large deal) for deal protection (AG-4): the pin engine
 * with its conflict rules (AT-1.2a) and territory (AG-1.3), kind 'project', protected for the
 * program's period once approved. A client the partner already holds becomes its project.
 * @throws not_entitled below the program's status for projects (AG-4), pin_conflict, outside_territory.
 */
export const registerProject = (deps: Deps, ctx: Ctx, body: TRegisterProjectRequest) =>
  runWrite(deps, ctx, { route: 'registerProject', body }, async (trx) => {
    const partnerId = requirePartner(ctx)
    const partner = await getPartner(trx, partnerId)
    if (!deps.program.dealProtection) throw new AppError('not_entitled', 'This program has no project registration', { rule: 'AG-4' })
    if (partner.state !== 'expelled') checkRegistrationRights({ program: deps.program, status: effectiveStatusOf(deps.program, partner), kind: 'project' })
    const client = await getClient(trx, body.accountNumber)
    const livePin = await findLivePin(trx, body.accountNumber)
    const verdict = checkPinRequest({
      partner: { id: partner.id, state: partner.state, countries: partner.countries },
      client: { accountNumber: client.account_number, isDemo: client.is_demo, country: client.country, negotiationOpen: client.negotiation_open },
      livePin: livePin ? { partnerId: livePin.partner_id, state: livePin.state } : null,
      enforceTerritory: deps.program.territory.enforce,
    })
    if (verdict === 'own' && livePin) {
      if (livePin.kind !== 'project') {
        await trx.updateTable('pins').set({ kind: 'project', project_name: body.projectName }).where('id', '=', livePin.id).execute()
        await appendAudit(trx, ctx.actor, { action: 'pin.registered-as-project', entity: 'pin', entityId: livePin.id, before: { kind: livePin.kind }, after: { kind: 'project', projectName: body.projectName } })
      }
      return { registration: await loadRegistration(trx, livePin.id) }
    }
    const isAuto = deps.program.pinApproval === 'auto'
    const id = randomUUID()
    try {
      await trx
        .insertInto('pins')
        .values({
          id,
          account_number: client.account_number,
          partner_id: partnerId,
          state: isAuto ? 'approved' : 'requested',
          kind: 'project',
          project_name: body.projectName,
          requested_at: ctx.now,
          decided_at: isAuto ? ctx.now : null,
          valid_until: isAuto ? protectedUntil(deps, today(deps, ctx)) : null,
        })
        .execute()
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('pin_conflict', 'Another partner registered this client a moment earlier', { rule: 'AT-1.2a', details: { reason: 'requested-by-other' } })
      throw error
    }
    const registration = await loadRegistration(trx, id)
    await appendAudit(trx, ctx.actor, { action: isAuto ? 'pin.auto-approved' : 'pin.requested', entity: 'pin', entityId: id, after: registration })
    return { registration }
  })
