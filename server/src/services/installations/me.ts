import type { TMeResponse, TPartnerState } from '../../../../shared/src/contract'
import { discountTable } from '../../domain/partners/partner-terms'
import { mayRegister } from '../../domain/statuses/check-registration-rights'
import { privilegesFor } from '../../domain/statuses/privileges-for'
import { isLosingStatus } from '../../domain/violations/check-standing'
import { partnerIdOf } from '../actor'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { loadPartnerDto } from '../partners/steps/load-partner-dto'

/** Who the caller is, and for a partner its status, state, discounts by category and privileges (AT-5.2, AG-DISC, AG-PRIV). */
export const me = async (deps: Deps, ctx: Ctx): Promise<TMeResponse> => {
  const actor = ctx.actor
  if (actor.kind !== 'partner' && actor.kind !== 'vendor') throw new Error('me needs a linked installation')
  const base = {
    role: actor.kind,
    crm: actor.crm,
    account: actor.account,
    userId: actor.userId,
    program: {
      id: deps.program.id,
      name: deps.program.name,
      ...(deps.program.nameEn && { nameEn: deps.program.nameEn }),
      accountNumberDigits: deps.program.accountNumberDigits,
      statusRule: deps.program.violations.statusRule,
    },
  }
  const partnerId = partnerIdOf(ctx)
  // Staff record violations: their form offers exactly the rules the relay takes (AT-4.1, AG-1.5).
  if (!partnerId) return { ...base, program: { ...base.program, violable: deps.program.violable } }
  const partner = await loadPartnerDto(deps.db, deps, partnerId)
  const facts = { status: partner.status, state: partner.state as TPartnerState, currentDiscountBps: partner.currentDiscountBps }
  return {
    ...base,
    partner: {
      id: partner.id,
      name: partner.name,
      status: partner.status,
      statusName: partner.statusName,
      effectiveStatus: partner.effectiveStatus,
      state: partner.state,
      violations: partner.liveViolations,
      discounts: discountTable(deps.program, facts),
      // The check a pin request runs (AT-1.2, AG-4), so the card offers one only where it can succeed.
      mayRequestPins: !isLosingStatus(partner.state) && mayRegister({ program: deps.program, status: partner.effectiveStatus, kind: 'client' }),
      ...(deps.program.privileges ? { privileges: privilegesFor(deps.program, partner.effectiveStatus) } : {}),
    },
  }
}
