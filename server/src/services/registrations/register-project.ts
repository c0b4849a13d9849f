import { AppError, type TRegisterProjectRequest } from '../../../../shared/src/contract'
import { effectiveStatus } from '../../domain/partners/partner-terms'
import { checkRegistrationRights } from '../../domain/statuses/check-registration-rights'
import { isLosingStatus } from '../../domain/violations/check-standing'
import { getPartner } from '../../store/queries/partners'
import { updatePin } from '../../store/queries/pins'
import { requirePartner } from '../actor'
import { appendAudit } from '../audit'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { toPartnerFacts } from '../dto/to-partner'
import { checkPinFor, placePin } from '../pins/steps/place-pin'
import { runWrite } from '../run-write'
import { loadRegistration } from './steps/load-registration'

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
    // Losing status is refused by the pin check itself, with its own code (AT-4.1, AG-1.5).
    if (!isLosingStatus(partner.state))
      checkRegistrationRights({ program: deps.program, status: effectiveStatus(deps.program, toPartnerFacts(partner)), kind: 'project' })
    const { client, livePin, verdict } = await checkPinFor(trx, deps, partner, body.accountNumber)
    if (verdict === 'own' && livePin) {
      if (livePin.kind !== 'project') {
        await updatePin(trx, livePin.id, { kind: 'project', project_name: body.projectName })
        await appendAudit(trx, ctx.actor, {
          action: 'pin.registered-as-project',
          entity: 'pin',
          entityId: livePin.id,
          before: { kind: livePin.kind },
          after: { kind: 'project', projectName: body.projectName },
        })
      }
      return { registration: await loadRegistration(trx, livePin.id) }
    }
    const { id, action } = await placePin(trx, deps, ctx, { partnerId, accountNumber: client.account_number, kind: 'project', projectName: body.projectName })
    const registration = await loadRegistration(trx, id)
    await appendAudit(trx, ctx.actor, { action, entity: 'pin', entityId: id, after: registration })
    return { registration }
  })
