import { z } from 'zod/mini'
import { ZDate, ZId, ZTimestamp } from './common'
import { ZCalendarNotice } from './health'
import { ZInvoice } from './invoices'
import { ZAffectedClient, ZPartner, ZViolation } from './partners'
import { ZPin } from './pins'

/** The partner's overview page: everything it must act on, in one request. */
export const ZPartnerOverview = z.object({
  view: z.literal('partner'),
  pins: z.array(ZPin),
  awaitingTransfer: z.array(ZInvoice),
  violations: z.array(ZViolation),
  /** How many of the caller's notices are unread: the overview's notices fold says it before it is opened. */
  unreadNotices: z.int(),
})
/**
 * A pin request waiting for staff: when the decision is due (the program's working days after the
 * request) and whether that day has passed, and the other partners that asked for the same account
 * meanwhile and were refused, first asked first (AT-1.2a, AT-4.4).
 */
export const ZPinRequest = z.extend(ZPin, {
  decisionDueOn: ZDate,
  isDecisionOverdue: z.boolean(),
  otherInterest: z.array(z.object({ partnerId: ZId, partnerName: z.string(), at: ZTimestamp })),
})
export type TPinRequest = z.infer<typeof ZPinRequest>

/** Vendor staff's overview: what waits for them. */
export const ZVendorOverview = z.object({
  view: z.literal('vendor'),
  /** Oldest first; those past their decision day are the overdue decisions. */
  pinRequests: z.array(ZPinRequest),
  overdueTransfers: z.array(ZInvoice),
  awaitingTransfer: z.array(ZInvoice),
  /** Every partner; those pending expulsion first, for staff to decide (AT-4.1, AG-1.5). */
  partners: z.array(ZPartner),
  /**
   * Invoices not yet transferred of partners expelled or pending expulsion: money their clients paid
   * or will pay that the partner still owes the vendor (AT-1.6, AT-4.1).
   */
  expelledReceivables: z.array(ZInvoice),
  expelledClients: z.array(z.extend(ZAffectedClient, { partnerId: z.string(), partnerName: z.string() })),
  /** Next year's production calendar is missing or provisional: deadlines into it may move. */
  calendarNotice: z.nullable(ZCalendarNotice),
  /** Live violations of every partner, newest first (at most 100), for staff to void one recorded in error (AT-4.1). */
  violations: z.array(ZViolation),
  /** How many of the caller's notices are unread: the overview's notices fold says it before it is opened. */
  unreadNotices: z.int(),
})
export const ZOverviewResponse = z.union([ZPartnerOverview, ZVendorOverview])
export type TOverviewResponse = z.infer<typeof ZOverviewResponse>
export type TPartnerOverview = z.infer<typeof ZPartnerOverview>
export type TVendorOverview = z.infer<typeof ZVendorOverview>
