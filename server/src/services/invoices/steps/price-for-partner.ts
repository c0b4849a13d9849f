import type { TPartnerState, TQuoteRequest } from '../../../../../shared/src/contract'
import { checkInvoicing } from '../../../domain/invoices/check-invoicing'
import { priceLines } from '../../../domain/invoices/price-lines'
import { partnerTerms } from '../../../domain/partners/partner-terms'
import { findProduct } from '../../../domain/program/find-product'
import type { Db } from '../../../store/db'
import { getClientWithLivePin } from '../../../store/queries/clients'
import { getPartner } from '../../../store/queries/partners'
import type { Deps } from '../../deps'

/**
 * Prices a partner's lines for one client from the program only (AT-3.3): the caller can name
 * products and counts, never a price. Shared by quotes and invoices so both always agree. For a
 * client under the partner's approved project registration, the project's discount prices the
 * status's per-project categories (AG-DISC, AG-4) and the invoice is a project deal.
 * @throws not_found for an account not registered (AT-1.1), the refusals of `checkInvoicing`
 *   (AT-4.1, AT-1.2, AT-1.2a, AT-3.2, AG-1.3, AG-REQ), unknown_product (AT-0).
 */
export const priceForPartner = async (db: Db, deps: Deps, partnerId: string, body: TQuoteRequest) => {
  const partner = await getPartner(db, partnerId)
  const found = body.accountNumber ? await getClientWithLivePin(db, body.accountNumber) : null
  checkInvoicing({
    program: deps.program,
    partner: { id: partnerId, state: partner.state, status: partner.status, countries: partner.countries, extraCountries: partner.extra_countries },
    client: found && { isDemo: found.client.is_demo, country: found.client.country, livePin: found.livePin },
  })
  const pin = found?.livePin
  // The live pin is the partner's project registration when it is one (AG-4): at most one pin is live.
  const project =
    pin?.partnerId === partnerId && pin.state === 'approved' && pin.kind === 'project' ? { id: pin.id, projectDiscountBps: pin.projectDiscountBps } : null
  const terms = partnerTerms(deps.program, {
    status: partner.status,
    state: partner.state as TPartnerState,
    currentDiscountBps: partner.current_discount_bps,
    projectDiscountBps: project?.projectDiscountBps ?? undefined,
  })
  const priced = priceLines({
    lines: body.lines,
    findProduct: (sku) => findProduct(deps.program, sku),
    discountFor: terms.discount,
    months: deps.program.months,
  })
  return { partner, client: found?.client ?? null, priced, discountSource: terms.source, projectPinId: project?.id ?? null }
}
