import type { TOverviewResponse } from '../../../../shared/src/contract'
import { calendarNotice } from '../../domain/calendar/calendar-notice'
import { isLosingStatus } from '../../domain/violations/check-standing'
import { invoicesAwaitingTransfer } from '../../store/queries/invoices'
import { unreadNoticeCount } from '../../store/queries/notices'
import { pinsOfPartner } from '../../store/queries/pins'
import { liveViolations, violationsOfPartner } from '../../store/queries/violations'
import { partnerIdOf } from '../actor'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { toInvoice } from '../dto/to-invoice'
import { toPin } from '../dto/to-pin'
import { toViolation } from '../dto/to-violation'
import { callerRecipient } from '../notices/caller-recipient'
import { listPartners } from '../partners/list-partners'
import { affectedClients } from '../partners/steps/affected-clients'
import { pinRequestsFor } from '../pins/steps/pin-requests-for'
import { today } from '../today'

/**
 * What waits for the caller. A partner: its pins, invoices awaiting transfer with deadlines and
 * violations. Vendor staff: pin requests, overdue and awaited transfers, partners by state (those
 * pending expulsion first), what expelled and pending partners still owe (AT-1.6, AT-4.1), the
 * clients of expelled partners (AT-4.3) and the live violations (AT-4.1).
 */
export const overview = async (deps: Deps, ctx: Ctx): Promise<TOverviewResponse> => {
  const db = deps.db
  const day = today(deps, ctx)
  const partnerId = partnerIdOf(ctx)
  const awaitingTransfer = (await invoicesAwaitingTransfer(db, partnerId)).map((row) => toInvoice(row, day, deps.calendars))
  if (partnerId) {
    const pins = (await pinsOfPartner(db, partnerId)).map(toPin)
    const violations = (await violationsOfPartner(db, partnerId)).map(toViolation)
    const unreadNotices = await unreadNoticeCount(db, callerRecipient(ctx))
    return { view: 'partner', pins, awaitingTransfer, violations, unreadNotices }
  }
  const pinRequests = await pinRequestsFor(deps, day)
  const { partners: listed } = await listPartners(deps, ctx)
  // A repeat offender waits for staff's decision at the top (AT-4.1, AG-1.5); the rest keep their order.
  const partners = [...listed].sort((a, b) => Number(b.state === 'expulsion_pending') - Number(a.state === 'expulsion_pending'))
  const losing = new Set(partners.filter((partner) => isLosingStatus(partner.state)).map((partner) => partner.id))
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
    expelledReceivables: awaitingTransfer.filter((invoice) => losing.has(invoice.partnerId)),
    expelledClients,
    calendarNotice: calendarNotice({ today: day, calendars: deps.calendars }),
    // The newest live ones: a violation recorded in error is voided from here (AT-4.1).
    violations: (await liveViolations(db, 100)).map(toViolation),
    unreadNotices: await unreadNoticeCount(db, callerRecipient(ctx)),
  }
}
