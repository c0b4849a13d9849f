import { AppError, type TPartnerState } from '../../../../shared/src/contract'
import { discountTable } from '../../domain/partners/partner-terms'
import { clientsOfPartner } from '../../store/queries/clients'
import { pinsOfPartner } from '../../store/queries/pins'
import { violationsOfPartner } from '../../store/queries/violations'
import { partnerIdOf } from '../actor'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { toClient } from '../dto/to-client'
import { toPin } from '../dto/to-pin'
import { toViolation } from '../dto/to-violation'
import { loadPartnerDto } from './steps/load-partner-dto'

/** A partner with its violations, pins and clients: for vendor staff, or for that partner itself. */
export const partnerDetails = async (deps: Deps, ctx: Ctx, id: string) => {
  const own = partnerIdOf(ctx)
  if (own && own !== id) throw new AppError('not_found', 'No such partner')
  const db = deps.db
  const partner = await loadPartnerDto(db, deps, id)
  const pins = (await pinsOfPartner(db, id)).map(toPin)
  const clients = await clientsOfPartner(db, id)
  const facts = { status: partner.status, state: partner.state as TPartnerState, currentDiscountBps: partner.currentDiscountBps }
  return {
    partner,
    discounts: discountTable(deps.program, facts),
    violations: (await violationsOfPartner(db, id)).map(toViolation),
    pins,
    clients: clients.map(toClient),
  }
}
