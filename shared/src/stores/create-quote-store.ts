import { createStore } from 'zustand/vanilla'
import type { RelayClient } from '../client/create-relay-client'
import type { RelayError } from '../client/relay-error'
import { toRelayError } from '../client/to-relay-error'
import type { TInvoice, TInvoiceWarning, TProgramResponse, TQuoteResponse } from '../contract'
import { createAttemptKeys } from './attempt-keys'
import { type QuoteDraft, quoteLines, warningsOf } from './quote-lines'

export type QuoteState = {
  program: TProgramResponse | null
  draft: QuoteDraft
  quote: TQuoteResponse | null
  isQuoting: boolean
  isCreating: boolean
  error: RelayError | null
  /** The warnings the partner is asked to confirm before the invoice is made (AT-1.6, AT-5.1, X-6); null when not asking. */
  confirming: TInvoiceWarning[] | null
  /** The invoice this form made: the form is done and the screen shows it. */
  created: TInvoice | null
  loadProgram: () => Promise<void>
  setDraft: (patch: Partial<QuoteDraft>) => void
  /** Makes the invoice, or first asks to confirm the quote's warnings; `confirm` is the partner's yes to them. */
  createInvoice: (confirm?: boolean) => Promise<TInvoice | null>
  cancelConfirm: () => void
  dispose: () => void
}

type Options = {
  client: RelayClient
  accountNumber: string
  /** Quiet time after the last keystroke before asking the relay for a quote. */
  debounceMs?: number
  onCreated?: (invoice: TInvoice) => void
  /** What the form starts with: a renewal's lines (AT-1.6 prolongation); the partner may change them. */
  initial?: Partial<QuoteDraft>
}

const INITIAL_DRAFT: QuoteDraft = { sku: '', quantity: '1', months: '12', paidOn: '' }

/**
 * The new-invoice form of a pinned client. Totals and warnings always come from POST /v1/quotes
 * (AT-3.3, AT-5.1): the form never prices anything itself. A quote with warnings is invoiced only
 * after the partner confirms them. One invoice per attempt however often the button is pressed while
 * it is on its way, and a retry of the same attempt reuses its Idempotency-Key; once made, the
 * form is done.
 */
export const createQuoteStore = ({ client, accountNumber, debounceMs = 300, onCreated, initial }: Options) => {
  const keys = createAttemptKeys()
  let timer: ReturnType<typeof setTimeout> | undefined
  let sequence = 0
  let creating: Promise<TInvoice | null> | null = null

  return createStore<QuoteState>()((set, get) => {
    const linesOf = (draft: QuoteDraft) => quoteLines(draft, get().program?.products ?? [], get().program?.months)
    const requestOf = (draft: QuoteDraft) => {
      const lines = linesOf(draft)
      return lines && { accountNumber, lines, ...(draft.paidOn ? { clientPaidOn: draft.paidOn } : {}) }
    }

    const requestQuote = async () => {
      const request = requestOf(get().draft)
      const mine = ++sequence
      if (!request) {
        set({ quote: null, isQuoting: false })
        return
      }
      set({ isQuoting: true })
      try {
        const quote = await client.quote(request)
        // An older answer arriving after a newer request is dropped.
        if (mine === sequence) set({ quote, isQuoting: false, error: null })
      } catch (caught) {
        if (mine === sequence) set({ quote: null, isQuoting: false, error: toRelayError(caught) })
      }
    }

    const create = async (confirm: boolean): Promise<TInvoice | null> => {
      const request = requestOf(get().draft)
      if (!request || get().created) return null
      const warnings = (confirm ? get().confirming : get().quote?.warnings) ?? []
      if (!confirm && warnings.length > 0) {
        set({ confirming: warnings, error: null })
        return null
      }
      const body = { ...request, ...(warnings.length > 0 ? { confirmed: warnings.map((warning) => warning.code) } : {}) }
      const attempt = JSON.stringify(body)
      set({ isCreating: true, error: null })
      try {
        const { invoice } = await client.createInvoice(body, { idempotencyKey: keys.keyFor(attempt) })
        keys.settle(attempt)
        set({ created: invoice, isCreating: false, confirming: null })
        onCreated?.(invoice)
        return invoice
      } catch (caught) {
        const error = toRelayError(caught)
        keys.settle(attempt, error)
        // Something to confirm turned up after the quote (a twin made meanwhile): ask, do not fail.
        if (error.code === 'confirmation_required' && warningsOf(error.details).length > 0) set({ isCreating: false, confirming: warningsOf(error.details) })
        else set({ isCreating: false, error, confirming: null })
        return null
      }
    }

    return {
      program: null,
      draft: { ...INITIAL_DRAFT, ...initial },
      quote: null,
      isQuoting: false,
      isCreating: false,
      error: null,
      confirming: null,
      created: null,

      loadProgram: async () => {
        try {
          const program = await client.program()
          const sku = get().draft.sku || program.products.find((product) => !product.isSample)?.sku || ''
          const months = String(Math.min(Math.max(Number(get().draft.months), program.months.min), program.months.max))
          set({ program, draft: { ...get().draft, sku, months } })
          await requestQuote()
        } catch (caught) {
          set({ error: toRelayError(caught) })
        }
      },

      setDraft: (patch) => {
        const draft = { ...get().draft, ...patch }
        const isQuotable = requestOf(draft) !== null
        set({ draft, error: null, confirming: null, isQuoting: isQuotable, ...(isQuotable ? {} : { quote: null }) })
        clearTimeout(timer)
        timer = setTimeout(() => void requestQuote(), debounceMs)
      },

      createInvoice: (confirm = false) => {
        // A second press while the first is on its way joins it instead of sending again.
        creating ??= create(confirm).finally(() => {
          creating = null
        })
        return creating
      },

      cancelConfirm: () => set({ confirming: null }),

      dispose: () => clearTimeout(timer),
    }
  })
}

export type QuoteStore = ReturnType<typeof createQuoteStore>
