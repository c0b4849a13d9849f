import type { TQuoteRequest, TQuoteResponse } from '../../../../shared/src/contract'
import { requirePartner } from '../actor'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { toPartnerFacts } from '../dto/to-partner'
import { toJson } from '../json'
import { assertPaidByToday, invoiceGuards } from './steps/invoice-guards'
import { priceForPartner } from './steps/price-for-partner'

/**
 * A price the partner can show the client before invoicing (AT-5.1), with what the partner would
 * have to confirm to invoice it (AT-1.6, AT-5.1, X-6); writes nothing.
 */
export const quote = async (deps: Deps, ctx: Ctx, body: TQuoteRequest): Promise<TQuoteResponse> => {
  const partnerId = requirePartner(ctx)
  assertPaidByToday(deps, ctx, body.clientPaidOn, 'clientPaidOn')
  const { partner, priced, discountSource } = await priceForPartner(deps.db, deps, partnerId, body)
  const { warnings } = await invoiceGuards(deps.db, deps, ctx, {
    partnerId,
    partner: toPartnerFacts(partner),
    accountNumber: body.accountNumber ?? null,
    lines: body.lines,
    listKop: priced.totals.listKop,
    clientPaidOn: body.clientPaidOn,
  })
  return { ...toJson(priced), discountSource, warnings: toJson(warnings) }
}
