import { z } from 'zod'
import { ZAccountNumber, ZId, ZPinState, ZText, ZTimestamp } from './common'

export const ZPin = z.object({
  id: ZId,
  accountNumber: ZAccountNumber,
  partnerId: ZId,
  partnerName: z.string(),
  state: ZPinState,
  reason: z.string().nullable(),
  reference: z.string().nullable(),
  requestedAt: ZTimestamp,
  decidedAt: ZTimestamp.nullable(),
  releasedAt: ZTimestamp.nullable(),
})
export type TPin = z.infer<typeof ZPin>
export const ZPinEnvelope = z.object({ pin: ZPin })
export const ZPinListResponse = z.object({ pins: z.array(ZPin) })

export const ZCreatePinRequest = z.strictObject({ accountNumber: ZAccountNumber })
export type TCreatePinRequest = z.infer<typeof ZCreatePinRequest>

/** Reasons with a meaning to the relay; any other text is kept as the staff wrote it. */
export const RELEASE_REASONS = ['client-request', 'partner-expelled'] as const
export const ZPinDecisionRequest = z.strictObject({
  reason: ZText(500).optional(),
  reference: ZText(500).optional(),
})
export type TPinDecisionRequest = z.infer<typeof ZPinDecisionRequest>
