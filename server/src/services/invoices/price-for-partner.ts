import { AppError, type TPartnerState, type TQuoteRequest } from '../../../../shared/src/contract'
import { priceLines } from '../../domain/invoices/price-lines'
import { partnerTerms } from '../../domain/partners/partner-terms'
import { findProduct } from '../../domain/program/find-product'
import { assertSellsToEndCustomers } from '../../domain/statuses/assert-sells-to-end-customers'
import { getClientWithLivePin } from '../../store/queries/clients'
import { getPartner } from '../../store/queries/partners'
import type { Deps, Trx } from '../deps'

/** The client the lines are for, checked against the pin rules (AT-1.2, AT-3.2). */
const checkClient = async (trx: Trx, deps: Deps, partnerId: string, accountNumber: string | undefined) => {
  if (!accountNumber) {
    if (!deps.program.requiresPin) return null
    throw new AppError('invalid_request', 'Say which pinned client the sublicenses are for', {
      rule: 'AT-1.2',
      details: { fields: [{ path: 'accountNumber', message: 'Required' }] },
    })
  }
  const { client, livePin: pin } = await getClientWithLivePin(trx, accountNumber)
  if (client.is_demo) throw new AppError('demo_account', 'This is a demo account: it cannot be invoiced', { rule: 'AT-3.2' })
  const isOwnApproved = pin?.partnerId === partnerId && pin.state === 'approved'
  if (deps.program.requiresPin && !isOwnApproved) {
    throw new AppError('not_pinned', 'The client is not pinned to you: request a pin and wait for approval before invoicing', { rule: 'AT-1.2' })
  }
  if (pin && pin.partnerId !== partnerId) {
    throw new AppError('pin_conflict', 'The client is pinned to another partner', { rule: 'AT-1.2a', details: { reason: 'pinned-to-other' } })
  }
  // The live pin is the partner's project registration when it is one (AG-4): at most one pin is live.
  const project = isOwnApproved && pin.kind === 'project' ? { id: pin.id, projectDiscountBps: pin.projectDiscountBps } : null
  return { client, project }
}

/**
 * Prices a partner's lines for one client from the program only (AT-3.3): the caller can name
 * products and counts, never a price. Shared by quotes and invoices so both always agree. For a
 * client under the partner's approved project registration, the project's discount prices the
 * status's per-project categories (AG-DISC, AG-4) and the invoice is a project deal.
 * @throws partner_expelled (AT-4.1), not_pinned (AT-1.2), demo_account (AT-3.2), unknown_product (AT-0),
 *   not_entitled for a distributor invoicing an end customer (AG-REQ).
 */
export const priceForPartner = async (trx: Trx, deps: Deps, partnerId: string, body: TQuoteRequest) => {
  const partner = await getPartner(trx, partnerId)
  if (partner.state === 'expelled') {
    throw new AppError('partner_expelled', 'The partner has been expelled from the program and cannot invoice', { rule: 'AT-4.1' })
  }
  if (body.accountNumber) assertSellsToEndCustomers(deps.program, partner.status)
  const { client, project } = (await checkClient(trx, deps, partnerId, body.accountNumber)) ?? { client: null, project: null }
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
  return { partner, client, priced, discountSource: terms.source, projectPinId: project?.id ?? null }
}
