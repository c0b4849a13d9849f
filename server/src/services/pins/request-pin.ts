import { randomUUID } from 'node:crypto'
import { AppError } from '../../../../shared/src/contract'
import { checkPinRequest } from '../../domain/pins/check-pin-request'
import { isUniqueViolation } from '../../store/create-db'
import { getClient } from '../../store/queries/clients'
import { getPartner } from '../../store/queries/partners'
import { findLivePin, findPin } from '../../store/queries/pins'
import { requirePartner } from '../actor'
import { appendAudit } from '../audit'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { toPin } from '../dto/to-pin'
import { runWrite } from '../run-write'
import { checkRegistrationRights } from '../../domain/statuses/check-registration-rights'
import { effectiveStatusOf } from '../partners/effective-status-of'
import { protectedUntil } from '../registrations/protected-until'
import { today } from '../today'

const racedConflict = () =>
  new AppError('pin_conflict', 'Another partner requested this client a moment earlier', { rule: 'AT-1.2a', details: { reason: 'requested-by-other' } })

/**
 * A partner requests a pin on a registered client account (AT-1.2). Conflicts are refused with the
 * reason (AT-1.2a); the partial unique index on live pins makes two racing partners end with
 * exactly one live pin. Approved at once when the program says so (AT-4.4). Where the program
 * protects deals, the pin is a client registration of the partner's privilege (AG-4).
 */
export const requestPin = (deps: Deps, ctx: Ctx, body: { accountNumber: string }) =>
  runWrite(deps, ctx, { route: 'requestPin', body }, async (trx) => {
    const partnerId = requirePartner(ctx)
    const partner = await getPartner(trx, partnerId)
    if (partner.state !== 'expelled') checkRegistrationRights({ program: deps.program, status: effectiveStatusOf(deps.program, partner), kind: 'client' })
    const client = await getClient(trx, body.accountNumber)
    const livePin = await findLivePin(trx, body.accountNumber)
    const verdict = checkPinRequest({
      partner: { id: partner.id, state: partner.state, countries: partner.countries },
      client: { accountNumber: client.account_number, isDemo: client.is_demo, country: client.country, negotiationOpen: client.negotiation_open },
      livePin: livePin ? { partnerId: livePin.partner_id, state: livePin.state } : null,
      enforceTerritory: deps.program.territory.enforce,
    })
    if (verdict === 'own' && livePin) return { pin: toPin(livePin) }
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
          decided_at: isAuto ? ctx.now : null,
          requested_at: ctx.now,
          valid_until: isAuto ? protectedUntil(deps, today(deps, ctx)) : null,
        })
        .execute()
    } catch (error) {
      if (isUniqueViolation(error)) throw racedConflict()
      throw error
    }
    const pin = toPin((await findPin(trx, id))!)
    await appendAudit(trx, ctx.actor, { action: isAuto ? 'pin.auto-approved' : 'pin.requested', entity: 'pin', entityId: id, after: pin })
    return { pin }
  })
