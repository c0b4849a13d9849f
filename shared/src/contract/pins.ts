import { z } from 'zod/mini'
import { ZAccountNumber, ZId, ZPinState, ZText, ZTimestamp } from './common'

export const ZPin = z.object({
  id: ZId,
  accountNumber: ZAccountNumber,
  /** The client's name, so lists name it beside the account number. */
  clientName: z.string(),
  partnerId: ZId,
  partnerName: z.string(),
  state: ZPinState,
  reason: z.nullable(z.string()),
  reference: z.nullable(z.string()),
  requestedAt: ZTimestamp,
  decidedAt: z.nullable(ZTimestamp),
  releasedAt: z.nullable(ZTimestamp),
  /** AT-4.4: vendor staff confirmed with the client, before approving, that it knows the partner; with their note. */
  confirmedWithClient: z.boolean(),
  confirmationNote: z.nullable(z.string()),
})
export type TPin = z.infer<typeof ZPin>
export const ZPinEnvelope = z.object({ pin: ZPin })
export const ZPinListResponse = z.object({ pins: z.array(ZPin) })

export const ZCreatePinRequest = z.strictObject({ accountNumber: ZAccountNumber })
export type TCreatePinRequest = z.infer<typeof ZCreatePinRequest>

/** Reasons with a meaning to the relay; any other text is kept as the staff wrote it. */
export const RELEASE_REASONS = ['client-request', 'partner-expelled'] as const
export const ZPinDecisionRequest = z.strictObject({
  reason: z.optional(ZText(500)),
  reference: z.optional(ZText(500)),
  /** Approval only (AT-4.4): staff confirmed with the client that it knows the partner, and what it said. */
  confirmedWithClient: z.optional(z.boolean()),
  confirmationNote: z.optional(ZText(1000)),
})
export type TPinDecisionRequest = z.infer<typeof ZPinDecisionRequest>
