import { randomUUID } from 'node:crypto'
import { AppError } from '../../../../../shared/src/contract'
import { checkPinRequest } from '../../../domain/pins/check-pin-request'
import { protectedUntil } from '../../../domain/pins/protected-until'
import { isUniqueViolation } from '../../../store/create-db'
import type { Trx } from '../../../store/db'
import { getClient } from '../../../store/queries/clients'
import type { PartnerRow } from '../../../store/queries/partners'
import { findLivePin, insertPin } from '../../../store/queries/pins'
import type { Ctx } from '../../context'
import type { Deps } from '../../deps'
import { today } from '../../today'

/** The client and its live pin, checked against the pin rules for this partner (AT-1.2, AT-1.2a, AT-3.2, AG-1.3). */
export const checkPinFor = async (trx: Trx, deps: Deps, partner: PartnerRow, accountNumber: string) => {
  const client = await getClient(trx, accountNumber)
  const livePin = await findLivePin(trx, accountNumber)
  const verdict = checkPinRequest({
    partner: { id: partner.id, state: partner.state, countries: partner.countries, extraCountries: partner.extra_countries },
    client: { accountNumber: client.account_number, isDemo: client.is_demo, country: client.country, negotiationOpen: client.negotiation_open },
    livePin: livePin ? { partnerId: livePin.partner_id, state: livePin.state } : null,
    enforceTerritory: deps.program.territory.enforce,
    statusRule: deps.program.violations.statusRule,
  })
  return { client, livePin, verdict }
}

type NewPin = { partnerId: string; accountNumber: string; kind?: 'client' | 'project'; projectName?: string }

/**
 * Writes a new pin: requested, or approved at once (and protected from today) when the program
 * approves automatically (AT-4.4, AG-4). The partial unique index on live pins refuses a partner
 * who lost a race for the account, which is answered as the conflict it is (AT-1.2a).
 */
export const placePin = async (trx: Trx, deps: Deps, ctx: Ctx, { partnerId, accountNumber, kind = 'client', projectName }: NewPin) => {
  const isAuto = deps.program.pinApproval === 'auto'
  const id = randomUUID()
  try {
    await insertPin(trx, {
      id,
      account_number: accountNumber,
      partner_id: partnerId,
      state: isAuto ? 'approved' : 'requested',
      kind,
      project_name: projectName ?? null,
      requested_at: ctx.now,
      decided_at: isAuto ? ctx.now : null,
      valid_until: isAuto ? protectedUntil({ program: deps.program, day: today(deps, ctx) }) : null,
    })
  } catch (error) {
    if (!isUniqueViolation(error)) throw error
    throw new AppError('pin_conflict', 'Another partner requested this client a moment earlier', { rule: 'AT-1.2a', details: { reason: 'requested-by-other' } })
  }
  return { id, action: isAuto ? 'pin.auto-approved' : 'pin.requested' }
}
