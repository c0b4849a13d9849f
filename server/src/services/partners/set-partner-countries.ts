import { AppError, type TPartnerCountriesRequest } from '../../../../shared/src/contract'
import { assertTerritory } from '../../domain/territory/check-countries'
import { lockPartner, updatePartner } from '../../store/queries/partners'
import { appendAudit } from '../audit'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { runWrite } from '../run-write'
import { loadPartnerDto } from './steps/load-partner-dto'

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((code) => b.includes(code))

/**
 * Vendor staff set where a partner may sell (AG-1.3): the countries it is resident in and those its
 * agreement adds, with the reason, kept in the audit trail. Pins, registrations, quotes and
 * invoices check the new lists from now on; what was already pinned or invoiced stays.
 * @throws invalid_request for a code that names no country, a country listed twice or in both lists;
 *   invalid_state when the lists are already these.
 */
export const setPartnerCountries = (deps: Deps, ctx: Ctx, partnerId: string, body: TPartnerCountriesRequest) =>
  runWrite(deps, ctx, { route: 'setPartnerCountries', params: { partnerId }, body }, async (trx) => {
    const before = await lockPartner(trx, partnerId)
    assertTerritory(body)
    if (sameSet(before.countries, body.countries) && sameSet(before.extra_countries, body.extraCountries)) {
      throw new AppError('invalid_state', "The partner's countries are these already: nothing to change", { rule: 'AG-1.3' })
    }
    await updatePartner(trx, partnerId, {
      countries: body.countries,
      extra_countries: body.extraCountries,
      territory_reason: body.reason,
      updated_at: ctx.now,
    })
    await appendAudit(trx, ctx.actor, {
      action: 'partner.countries-changed',
      entity: 'partner',
      entityId: partnerId,
      before: { countries: before.countries, extraCountries: before.extra_countries },
      after: { countries: body.countries, extraCountries: body.extraCountries },
      reason: body.reason,
    })
    return { partner: await loadPartnerDto(trx, deps, partnerId) }
  })
