import { createStore } from 'zustand/vanilla'
import type { VendorClient } from '../client/create-vendor-client'
import type { RelayError } from '../client/relay-error'
import type { TClientPaymentCorrectionResponse, TInvoice, TPartner, TViolation } from '../contract'
import { createAttemptKeys } from './attempt-keys'
import { runAction } from './run-action'

/** What the last correction changed, for the screen to say in words. */
export type CorrectionOutcome =
  | ({ kind: 'clientPaymentCorrected' } & TClientPaymentCorrectionResponse)
  | { kind: 'invoiceVoided'; invoice: TInvoice }
  | { kind: 'violationVoided'; violation: TViolation; partner: TPartner }

export type CorrectionsState = {
  /** The action in flight: '<action>:<id>' (correct, voidInvoice, voidViolation). */
  busy: string | null
  actionError: RelayError | null
  failedAction: string | null
  outcome: CorrectionOutcome | null
  correctClientPayment: (invoiceId: string, input: { paidOn: string; reason: string }) => Promise<boolean>
  voidInvoice: (invoiceId: string, reason: string) => Promise<boolean>
  voidViolation: (violationId: string, reason: string) => Promise<boolean>
}

/**
 * Vendor staff's corrections on a card or the overview (AT-1.6, AT-4.1, X-3): one at a time, one
 * Idempotency-Key per attempt, the outcome kept to say what changed, then the screen reloads (`after`).
 */
export const createCorrectionsStore = ({ client, after }: { client: VendorClient; after: () => Promise<void> }) => {
  const keys = createAttemptKeys()
  return createStore<CorrectionsState>()((set, get) => {
    const act = (kind: string, attempt: unknown, write: (key: string) => Promise<CorrectionOutcome>) => {
      // A new attempt replaces what the last one said, so an old success never sits beside a new error.
      if (!get().busy) set({ outcome: null })
      return runAction({
        get,
        set: (patch) => set(patch as Partial<CorrectionsState>),
        keys,
        kind,
        attempt,
        after,
        write: async (key) => set({ outcome: await write(key) }),
      })
    }
    return {
      busy: null,
      actionError: null,
      failedAction: null,
      outcome: null,
      correctClientPayment: (invoiceId, input) => {
        const body = { paidOn: input.paidOn, reason: input.reason.trim() }
        return act(`correct:${invoiceId}`, body, async (key) => ({
          kind: 'clientPaymentCorrected',
          ...(await client.correctClientPayment(invoiceId, body, { idempotencyKey: key })),
        }))
      },
      voidInvoice: (invoiceId, reason) => {
        const body = { reason: reason.trim() }
        return act(`voidInvoice:${invoiceId}`, body, async (key) => ({
          kind: 'invoiceVoided',
          ...(await client.voidInvoice(invoiceId, body, { idempotencyKey: key })),
        }))
      },
      voidViolation: (violationId, reason) => {
        const body = { reason: reason.trim() }
        return act(`voidViolation:${violationId}`, body, async (key) => ({
          kind: 'violationVoided',
          ...(await client.voidViolation(violationId, body, { idempotencyKey: key })),
        }))
      },
    }
  })
}

export type CorrectionsStore = ReturnType<typeof createCorrectionsStore>
