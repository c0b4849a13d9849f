import type { TQuoteRequest, TQuoteResponse } from '../../../../shared/src/contract'
import { requirePartner } from '../actor'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { toJson } from '../json'
import { guardedPrice } from './steps/invoice-guards'

/**
 * A price the partner can show the client before invoicing (AT-5.1), with what the partner would
 * have to confirm to invoice it (AT-1.6, AT-5.1, X-6); writes nothing.
 */
export const quote = async (deps: Deps, ctx: Ctx, body: TQuoteRequest): Promise<TQuoteResponse> => {
  const partnerId = requirePartner(ctx)
  const { priced, discountSource, warnings } = await guardedPrice(deps.db, deps, ctx, partnerId, body)
  return { ...toJson(priced), discountSource, warnings: toJson(warnings) }
}
