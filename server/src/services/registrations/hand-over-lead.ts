import { randomUUID } from 'node:crypto'
import { AppError, type THandOverLeadRequest } from '../../../../shared/src/contract'
import { checkAccountNumber } from '../../domain/clients/check-account-number'
import { effectiveStatus } from '../../domain/partners/partner-terms'
import { checkPinRequest } from '../../domain/pins/check-pin-request'
import { protectedUntil } from '../../domain/pins/protected-until'
import type { Program } from '../../domain/program/program-schema'
import { assertSellsToEndCustomers } from '../../domain/statuses/assert-sells-to-end-customers'
import { isGranted } from '../../domain/statuses/privileges-for'
import { assertCountry } from '../../domain/territory/check-countries'
import { isLosingStatus } from '../../domain/violations/check-standing'
import type { Trx } from '../../store/db'
import { findClient, insertClient } from '../../store/queries/clients'
import { getPartner } from '../../store/queries/partners'
import { findLivePin, insertPin } from '../../store/queries/pins'
import { appendAudit } from '../audit'
import { newClientRow } from '../clients/steps/new-client-row'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { toPartnerFacts } from '../dto/to-partner'
import { applyPinDecision } from '../pins/steps/apply-pin-decision'
import { runWrite } from '../run-write'
import { today } from '../today'
import { loadRegistration } from './steps/load-registration'

/** The lead's client: the registered account, or a new one the vendor registers from the request. */
const leadClient = async (trx: Trx, program: Program, body: THandOverLeadRequest) => {
  const existing = await findClient(trx, body.accountNumber)
  if (existing) return existing
  if (!body.name) {
    throw new AppError('invalid_request', `Account ${body.accountNumber} is not registered yet: give the client's name`, {
      details: { fields: [{ path: 'name', message: 'Required for a new client' }] },
    })
  }
  // A new account is held to the program's format, as a partner's registration is (AT-1.1).
  checkAccountNumber(program, body.accountNumber)
  if (body.country) assertCountry(body.country, 'country')
  return insertClient(trx, newClientRow({ ...body, name: body.name }))
}

/**
 * Vendor staff hand a customer's request over to a partner (AG-PRIV "leads handed over by the
 * vendor", AG-1.5 may pause it): only a partner whose status has that privilege, that works with end
 * customers, in the client's country (AG-1.3), with no other partner on the client (AT-1.2a).
 * The hand-over is an approved client registration, protected for the program's period (AG-4).
 * @throws not_entitled without the privilege; pin_conflict, outside_territory, partner_expelled,
 *   partner_expulsion_pending.
 */
export const handOverLead = (deps: Deps, ctx: Ctx, body: THandOverLeadRequest) =>
  runWrite(deps, ctx, { route: 'handOverLead', body }, async (trx) => {
    const partner = await getPartner(trx, body.partnerId)
    const status = effectiveStatus(deps.program, toPartnerFacts(partner))
    // Losing status is refused by the pin check below, with its own code (AT-4.1, AG-1.5 pauses hand-over).
    if (!isLosingStatus(partner.state)) {
      if (!isGranted(deps.program, status, 'vendorLeads')) {
        throw new AppError('not_entitled', `Partners with status "${status}" do not receive the vendor's leads`, {
          rule: 'AG-PRIV',
          details: { reason: 'no-vendor-leads', status },
        })
      }
      assertSellsToEndCustomers(deps.program, status)
    }
    const client = await leadClient(trx, deps.program, body)
    const livePin = await findLivePin(trx, client.account_number)
    const verdict = checkPinRequest({
      partner: { id: partner.id, state: partner.state, countries: partner.countries, extraCountries: partner.extra_countries },
      client: { accountNumber: client.account_number, isDemo: client.is_demo, country: client.country, negotiationOpen: client.negotiation_open },
      livePin: livePin ? { partnerId: livePin.partner_id, state: livePin.state } : null,
      enforceTerritory: deps.program.territory.enforce,
      statusRule: deps.program.violations.statusRule,
    })
    const validUntil = protectedUntil({ program: deps.program, day: today(deps, ctx) })
    if (verdict === 'own' && livePin) {
      if (livePin.state === 'requested') await applyPinDecision(trx, { actor: ctx.actor, now: ctx.now, pinId: livePin.id, decision: 'approve', validUntil })
      return { registration: await loadRegistration(trx, livePin.id) }
    }
    const id = randomUUID()
    await insertPin(trx, {
      id,
      account_number: client.account_number,
      partner_id: partner.id,
      state: 'approved',
      source: 'vendor-lead',
      requested_at: ctx.now,
      decided_at: ctx.now,
      valid_until: validUntil,
    })
    const registration = await loadRegistration(trx, id)
    await appendAudit(trx, ctx.actor, { action: 'pin.lead-handed-over', entity: 'pin', entityId: id, after: registration })
    return { registration }
  })
