import { createStore } from 'zustand/vanilla'
import type { VendorClient } from '../client/create-vendor-client'
import type { RelayError } from '../client/relay-error'
import type { TClientPaymentCorrectionResponse, TCreateCreditNoteRequest, TCreditNote, TInvoice, TPartner, TViolation } from '../contract'
import { outcomeAction } from './outcome-action'

/** What the last correction changed, for the screen to say in words. */
export type CorrectionOutcome =
  | ({ kind: 'clientPaymentCorrected' } & TClientPaymentCorrectionResponse)
  | { kind: 'invoiceVoided'; invoice: TInvoice }
  | { kind: 'creditNoteIssued'; creditNote: TCreditNote; invoice: TInvoice }
  | { kind: 'violationVoided'; violation: TViolation; partner: TPartner }

export type CorrectionsState = {
  /** The action in flight: '<action>:<id>' (correct, voidInvoice, creditNote, voidViolation). */
  busy: string | null
  actionError: RelayError | null
  failedAction: string | null
  outcome: CorrectionOutcome | null
  correctClientPayment: (invoiceId: string, input: { paidOn: string; reason: string }) => Promise<boolean>
  voidInvoice: (invoiceId: string, reason: string) => Promise<boolean>
  /** Credits some sublicenses or months of the invoice's lines. */
  createCreditNote: (invoiceId: string, input: TCreateCreditNoteRequest) => Promise<boolean>
  voidViolation: (violationId: string, reason: string) => Promise<boolean>
}

/**
 * Vendor staff's corrections on a card or the overview (AT-1.6, AT-4.1, X-3): one at a time, one
 * Idempotency-Key per attempt, the outcome kept to say what changed, then the screen reloads (`after`).
 */
export const createCorrectionsStore = ({ client, after }: { client: VendorClient; after: () => Promise<void> }) => {
  return createStore<CorrectionsState>()((set, get) => {
    const act = outcomeAction<CorrectionOutcome>({ get, set, after })
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
      createCreditNote: (invoiceId, input) => {
        const body = { lines: input.lines, reason: input.reason.trim() }
        return act(`creditNote:${invoiceId}`, body, async (key) => ({
          kind: 'creditNoteIssued',
          ...(await client.createCreditNote(invoiceId, body, { idempotencyKey: key })),
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
