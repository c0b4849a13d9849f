import { createStore } from 'zustand/vanilla'
import type { RelayClient } from '../client/create-relay-client'
import type { RelayError } from '../client/relay-error'
import { toRelayError } from '../client/to-relay-error'
import type { TInvoice, TProgramResponse, TQuoteResponse } from '../contract'
import { createAttemptKeys } from './attempt-keys'
import { type QuoteDraft, quoteLines } from './quote-lines'

export type QuoteState = {
  program: TProgramResponse | null
  draft: QuoteDraft
  quote: TQuoteResponse | null
  isQuoting: boolean
  isCreating: boolean
  error: RelayError | null
  /** The last invoice this form made; it stays on show, so a further press reads as a further invoice. */
  created: TInvoice | null
  loadProgram: () => Promise<void>
  setDraft: (patch: Partial<QuoteDraft>) => void
  createInvoice: () => Promise<TInvoice | null>
  dispose: () => void
}

type Options = {
  client: RelayClient
  accountNumber: string
  /** Quiet time after the last keystroke before asking the relay for a quote. */
  debounceMs?: number
  onCreated?: (invoice: TInvoice) => void
}

const INITIAL_DRAFT: QuoteDraft = { sku: '', quantity: '1', months: '12' }

/**
 * The new-invoice form of a pinned client. Totals always come from POST /v1/quotes (AT-3.3, AT-5.1):
 * the form never prices anything itself. One invoice per attempt however often the button is pressed
 * while it is on its way; once it is made, the form stays as typed and the next press is a new invoice.
 */
export const createQuoteStore = ({ client, accountNumber, debounceMs = 300, onCreated }: Options) => {
  const keys = createAttemptKeys()
  let timer: ReturnType<typeof setTimeout> | undefined
  let sequence = 0
  let creating: Promise<TInvoice | null> | null = null

  return createStore<QuoteState>()((set, get) => {
    const requestQuote = async () => {
      const lines = quoteLines(get().draft, get().program?.products ?? [])
      const mine = ++sequence
      if (!lines) {
        set({ quote: null, isQuoting: false })
        return
      }
      set({ isQuoting: true })
      try {
        const quote = await client.quote({ accountNumber, lines })
        // An older answer arriving after a newer request is dropped.
        if (mine === sequence) set({ quote, isQuoting: false, error: null })
      } catch (caught) {
        if (mine === sequence) set({ quote: null, isQuoting: false, error: toRelayError(caught) })
      }
    }

    const create = async (): Promise<TInvoice | null> => {
      const lines = quoteLines(get().draft, get().program?.products ?? [])
      if (!lines) return null
      const body = { accountNumber, lines }
      const attempt = JSON.stringify(body)
      set({ isCreating: true, error: null })
      try {
        const { invoice } = await client.createInvoice(body, { idempotencyKey: keys.keyFor(attempt) })
        keys.settle(attempt)
        // The form keeps what was typed and its totals: nothing changes under the partner's eyes.
        set({ created: invoice, isCreating: false })
        onCreated?.(invoice)
        return invoice
      } catch (caught) {
        const error = toRelayError(caught)
        keys.settle(attempt, error)
        set({ isCreating: false, error })
        return null
      }
    }

    return {
      program: null,
      draft: INITIAL_DRAFT,
      quote: null,
      isQuoting: false,
      isCreating: false,
      error: null,
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
        const isQuotable = quoteLines(draft, get().program?.products ?? []) !== null
        set({ draft, error: null, isQuoting: isQuotable, ...(isQuotable ? {} : { quote: null }) })
        clearTimeout(timer)
        timer = setTimeout(() => void requestQuote(), debounceMs)
      },

      createInvoice: () => {
        // A second press while the first is on its way joins it instead of sending again.
        creating ??= create().finally(() => {
          creating = null
        })
        return creating
      },

      dispose: () => clearTimeout(timer),
    }
  })
}

export type QuoteStore = ReturnType<typeof createQuoteStore>
