import type { TOverviewResponse } from '../../../../shared/src/contract'
import { selectInvoices } from '../../store/queries/invoices'
import { selectPins } from '../../store/queries/pins'
import { violationsOfPartner } from '../../store/queries/violations'
import { partnerIdOf } from '../actor'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { toInvoice } from '../dto/to-invoice'
import { toPin } from '../dto/to-pin'
import { toViolation } from '../dto/to-violation'
import { listPartners } from '../partners/list-partners'
import { affectedClients } from '../partners/steps/affected-clients'
import { today } from '../today'

/**
 * What waits for the caller. A partner: its pins, invoices awaiting transfer with deadlines and
 * violations. Vendor staff: pin requests, overdue and awaited transfers, partners by state and the
 * clients of expelled partners (AT-4.3).
 */
export const overview = async (deps: Deps, ctx: Ctx): Promise<TOverviewResponse> => {
  const db = deps.db
  const day = today(deps, ctx)
  const partnerId = partnerIdOf(ctx)
  let open = selectInvoices(db).where('invoices.state', '=', 'issued')
  if (partnerId) open = open.where('invoices.partner_id', '=', partnerId)
  const awaitingTransfer = (await open.orderBy('invoices.transfer_due_on').orderBy('invoices.number').execute()).map((row) => toInvoice(row, day, deps.calendars))
  if (partnerId) {
    const pins = (await selectPins(db).where('pins.partner_id', '=', partnerId).orderBy('pins.requested_at', 'desc').execute()).map(toPin)
    const violations = (await violationsOfPartner(db, partnerId)).map(toViolation)
    return { view: 'partner', pins, awaitingTransfer, violations }
  }
  const pinRequests = (await selectPins(db).where('pins.state', '=', 'requested').orderBy('pins.requested_at').execute()).map(toPin)
  const { partners } = await listPartners(deps, ctx)
  const expelledClients = []
  for (const partner of partners.filter((p) => p.state === 'expelled')) {
    for (const client of await affectedClients(db, partner.id)) expelledClients.push({ ...client, partnerId: partner.id, partnerName: partner.name })
  }
  return {
    view: 'vendor',
    pinRequests,
    overdueTransfers: awaitingTransfer.filter((invoice) => invoice.isOverdue),
    awaitingTransfer,
    partners,
    expelledClients,
  }
}
