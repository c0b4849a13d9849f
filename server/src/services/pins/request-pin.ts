import { effectiveStatus } from '../../domain/partners/partner-terms'
import { checkRegistrationRights } from '../../domain/statuses/check-registration-rights'
import { isLosingStatus } from '../../domain/violations/check-standing'
import { getPartner } from '../../store/queries/partners'
import { findPin } from '../../store/queries/pins'
import { requirePartner } from '../actor'
import { appendAudit } from '../audit'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { toPartnerFacts } from '../dto/to-partner'
import { toPin } from '../dto/to-pin'
import { runWrite } from '../run-write'
import { checkPinFor, placePin } from './steps/place-pin'

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
    // Losing status is refused by the pin check itself, with its own code (AT-4.1, AG-1.5).
    if (!isLosingStatus(partner.state))
      checkRegistrationRights({ program: deps.program, status: effectiveStatus(deps.program, toPartnerFacts(partner)), kind: 'client' })
    const { client, livePin, verdict } = await checkPinFor(trx, deps, partner, body.accountNumber)
    if (verdict === 'own' && livePin) return { pin: toPin(livePin) }
    const { id, action } = await placePin(trx, deps, ctx, { partnerId, accountNumber: client.account_number })
    const pin = toPin((await findPin(trx, id))!)
    await appendAudit(trx, ctx.actor, { action, entity: 'pin', entityId: id, after: pin })
    return { pin }
  })
