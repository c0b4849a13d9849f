import type { TQuoteRequest, TQuoteResponse } from '../../../../shared/src/contract'
import { requirePartner } from '../actor'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { toJson } from '../json'
import { priceForPartner } from './steps/price-for-partner'

/** A price the partner can show the client before invoicing (AT-5.1); writes nothing. */
export const quote = async (deps: Deps, ctx: Ctx, body: TQuoteRequest): Promise<TQuoteResponse> => {
  const partnerId = requirePartner(ctx)
  const { priced, discountSource } = await priceForPartner(deps.db, deps, partnerId, body)
  return { ...toJson(priced), discountSource }
}
