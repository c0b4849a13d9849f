import { z } from 'zod/mini'
import { ZAccountNumber, ZDate, ZKop, ZPartnerState, ZTimestamp } from './common'

/**
 * What the relay tells a partner or vendor staff. Partners: a transfer to make once the client paid, due in the program's lead
 * working days, due today, overdue (AT-1.6); a pin approved, rejected or released (AT-1.2, AT-4.5); a
 * violation recorded (AT-4.1); the partner's state changed. Staff: a new pin request, one left
 * undecided past its working days (AT-1.2a, AT-4.4), a transfer overdue, a partner awaiting expulsion.
 */
export const NOTICE_KINDS = [
  'transfer.due',
  'transfer.dueSoon',
  'transfer.dueToday',
  'transfer.overdue',
  'pin.approved',
  'pin.rejected',
  'pin.released',
  'violation.recorded',
  'partner.stateChanged',
  'staff.pinRequested',
  'staff.pinUndecided',
  'staff.transferOverdue',
  'staff.expulsionPending',
] as const
export const ZNoticeKind = z.enum(NOTICE_KINDS)
export type TNoticeKind = z.infer<typeof ZNoticeKind>

/** The facts a notice names; the widget words them in the user's language. */
export const ZNoticeFacts = z.object({
  invoiceNumber: z.optional(z.string()),
  accountNumber: z.optional(z.string()),
  clientName: z.optional(z.string()),
  partnerName: z.optional(z.string()),
  amountKop: z.optional(ZKop),
  dueOn: z.optional(ZDate),
  /** Why: a pin's rejection or release, a violation's note. */
  reason: z.optional(z.string()),
  /** The partner's state after the event. */
  state: z.optional(ZPartnerState),
})
export type TNoticeFacts = z.infer<typeof ZNoticeFacts>

export const ZNotice = z.object({
  id: z.string(),
  kind: ZNoticeKind,
  rule: z.nullable(z.string()),
  facts: ZNoticeFacts,
  /** Where the notice leads: the client's card, or the overview when it names no client. */
  link: z.union([z.object({ screen: z.literal('card'), accountNumber: ZAccountNumber }), z.object({ screen: z.literal('overview') })]),
  createdAt: ZTimestamp,
  readAt: z.nullable(ZTimestamp),
})
export type TNotice = z.infer<typeof ZNotice>

export const ZNoticesResponse = z.object({
  /** The caller's latest notices, newest first. */
  notices: z.array(ZNotice),
  unread: z.int(),
})
export type TNoticesResponse = z.infer<typeof ZNoticesResponse>

const ZNoticeId = z.string().check(z.regex(/^[1-9][0-9]{0,17}$/, 'A notice id: a positive whole number'))

/** Marks the caller's notices read: the listed ones, or every one with `all`. */
export const ZMarkNoticesReadRequest = z.union([
  z.strictObject({ ids: z.array(ZNoticeId).check(z.minLength(1), z.maxLength(200)) }),
  z.strictObject({ all: z.literal(true) }),
])
export type TMarkNoticesReadRequest = z.infer<typeof ZMarkNoticesReadRequest>

export const ZMarkNoticesReadResponse = z.object({ unread: z.int() })
